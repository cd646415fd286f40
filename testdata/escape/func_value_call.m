./func_value_call.go:4:13: f does not escape
./func_value_call.go:4:27: leaking param: p
./func_value_call.go:10:14: q does not escape
./func_value_call.go:9:2: moved to heap: x
./func_value_call.go:10:9: func literal does not escape
