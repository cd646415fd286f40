./func_value_call.go:4:27: parameter p leaks to {heap} for callIt with derefs=0:
./func_value_call.go:4:27:   flow: {heap} ← p:
./func_value_call.go:4:27:     from f(p) (call parameter) at ./func_value_call.go:5:3
./func_value_call.go:4:13: f does not escape
./func_value_call.go:4:27: leaking param: p
./func_value_call.go:10:14: q does not escape
./func_value_call.go:9:2: x escapes to heap in main:
./func_value_call.go:9:2:   flow: {heap} ← &x:
./func_value_call.go:9:2:     from &x (address-of) at ./func_value_call.go:10:35
./func_value_call.go:9:2:     from callIt(func literal, &x) (call parameter) at ./func_value_call.go:10:8
./func_value_call.go:9:2: moved to heap: x
./func_value_call.go:10:9: func literal does not escape
