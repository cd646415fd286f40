./recursion_mutual_leak.go:6:18: parameter p leaks to {heap} for ping with derefs=0:
./recursion_mutual_leak.go:6:18:   flow: {heap} ← p:
./recursion_mutual_leak.go:6:18:     from sink = p (assign) at ./recursion_mutual_leak.go:8:8
./recursion_mutual_leak.go:14:18: parameter p leaks to {heap} for pong with derefs=0:
./recursion_mutual_leak.go:14:18:   flow: p ← p:
./recursion_mutual_leak.go:14:18:     from ping(n, p) (call parameter) at ./recursion_mutual_leak.go:15:6
./recursion_mutual_leak.go:14:18:   flow: {heap} ← p:
./recursion_mutual_leak.go:14:18:     from sink = p (assign) at ./recursion_mutual_leak.go:8:8
./recursion_mutual_leak.go:6:18: leaking param: p
./recursion_mutual_leak.go:14:18: leaking param: p
./recursion_mutual_leak.go:19:2: v escapes to heap in main:
./recursion_mutual_leak.go:19:2:   flow: {heap} ← &v:
./recursion_mutual_leak.go:19:2:     from &v (address-of) at ./recursion_mutual_leak.go:20:10
./recursion_mutual_leak.go:19:2:     from ping(3, &v) (call parameter) at ./recursion_mutual_leak.go:20:6
./recursion_mutual_leak.go:19:2: moved to heap: v
