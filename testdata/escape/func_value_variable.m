./func_value_variable.go:4:15: p does not escape
./func_value_variable.go:9:16: p does not escape
./func_value_variable.go:7:2: moved to heap: y
./func_value_variable.go:9:11: func literal does not escape
