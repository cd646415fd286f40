./recursion_mutual_leak.go:6:18: leaking param: p
./recursion_mutual_leak.go:14:18: leaking param: p
./recursion_mutual_leak.go:19:2: moved to heap: v
