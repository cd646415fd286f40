./func_value_variable.go:4:15: p does not escape
./func_value_variable.go:9:16: p does not escape
./func_value_variable.go:7:2: y escapes to heap in main:
./func_value_variable.go:7:2:   flow: {heap} ← &y:
./func_value_variable.go:7:2:     from &y (address-of) at ./func_value_variable.go:8:13
./func_value_variable.go:7:2:     from op(&y) (call parameter) at ./func_value_variable.go:8:12
./func_value_variable.go:7:2: moved to heap: y
./func_value_variable.go:9:11: func literal does not escape
