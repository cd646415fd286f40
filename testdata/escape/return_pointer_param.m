./return_pointer_param.go:6:15: leaking param: p to result ~r0 level=0
