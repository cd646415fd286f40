./closure_param_escapes.go:7:19: append(handlers, f) escapes to heap in register:
./closure_param_escapes.go:7:19:   flow: {heap} ← &{storage for append(handlers, f)}:
./closure_param_escapes.go:7:19:     from append(handlers, f) (spill) at ./closure_param_escapes.go:7:19
./closure_param_escapes.go:7:19:     from handlers = append(handlers, f) (assign) at ./closure_param_escapes.go:7:11
./closure_param_escapes.go:6:15: parameter f leaks to {heap} for register with derefs=0:
./closure_param_escapes.go:6:15:   flow: {heap} ← f:
./closure_param_escapes.go:6:15:     from append(handlers, f) (call parameter) at ./closure_param_escapes.go:7:19
./closure_param_escapes.go:6:15: leaking param: f
./closure_param_escapes.go:7:19: append escapes to heap
./closure_param_escapes.go:12:11: func literal escapes to heap in main:
./closure_param_escapes.go:12:11:   flow: {heap} ← &{storage for func literal}:
./closure_param_escapes.go:12:11:     from func literal (spill) at ./closure_param_escapes.go:12:11
./closure_param_escapes.go:12:11:     from register(func literal) (call parameter) at ./closure_param_escapes.go:12:10
./closure_param_escapes.go:13:11: func literal escapes to heap in main:
./closure_param_escapes.go:13:11:   flow: {heap} ← &{storage for func literal}:
./closure_param_escapes.go:13:11:     from func literal (spill) at ./closure_param_escapes.go:13:11
./closure_param_escapes.go:13:11:     from register(func literal) (call parameter) at ./closure_param_escapes.go:13:10
./closure_param_escapes.go:11:2: main capturing by value: mult (addr=false assign=false width=8)
./closure_param_escapes.go:12:11: func literal escapes to heap
./closure_param_escapes.go:13:11: func literal escapes to heap
