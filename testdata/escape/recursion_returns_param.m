./recursion_returns_param.go:9:11: leaking param: l to result ~r0 level=0
