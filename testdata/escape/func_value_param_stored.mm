./func_value_param_stored.go:8:25: parameter h leaks to {heap} for (*server).handle with derefs=0:
./func_value_param_stored.go:8:25:   flow: {heap} ← h:
./func_value_param_stored.go:8:25:     from s.handler = h (assign) at ./func_value_param_stored.go:9:12
./func_value_param_stored.go:8:7: s does not escape
./func_value_param_stored.go:8:25: leaking param: h
./func_value_param_stored.go:14:16: x does not escape
./func_value_param_stored.go:14:11: func literal escapes to heap in main:
./func_value_param_stored.go:14:11:   flow: {heap} ← &{storage for func literal}:
./func_value_param_stored.go:14:11:     from func literal (spill) at ./func_value_param_stored.go:14:11
./func_value_param_stored.go:14:11:     from (*server).handle(s, func literal) (call parameter) at ./func_value_param_stored.go:14:10
./func_value_param_stored.go:14:11: func literal escapes to heap
