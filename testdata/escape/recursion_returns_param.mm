./recursion_returns_param.go:9:11: parameter l leaks to ~r0 for last with derefs=0:
./recursion_returns_param.go:9:11:   flow: ~r0 ← l:
./recursion_returns_param.go:9:11:     from return l (return) at ./recursion_returns_param.go:11:3
./recursion_returns_param.go:9:11: leaking param: l to result ~r0 level=0
