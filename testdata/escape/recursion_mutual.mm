./recursion_mutual.go:4:20: p does not escape
./recursion_mutual.go:12:19: p does not escape
