./return_pointer_param.go:6:15: parameter p leaks to ~r0 for identity with derefs=0:
./return_pointer_param.go:6:15:   flow: ~r0 ← p:
./return_pointer_param.go:6:15:     from return p (return) at ./return_pointer_param.go:7:2
./return_pointer_param.go:6:15: leaking param: p to result ~r0 level=0
