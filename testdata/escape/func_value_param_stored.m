./func_value_param_stored.go:8:7: s does not escape
./func_value_param_stored.go:8:25: leaking param: h
./func_value_param_stored.go:14:16: x does not escape
./func_value_param_stored.go:14:11: func literal escapes to heap
