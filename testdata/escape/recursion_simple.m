./recursion_simple.go:9:10: t does not escape
