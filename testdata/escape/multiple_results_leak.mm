./multiple_results_leak.go:4:12: parameter p leaks to ~r1 for split with derefs=0:
./multiple_results_leak.go:4:12:   flow: ~r1 ← p:
./multiple_results_leak.go:4:12:     from p (indirection) at ./multiple_results_leak.go:5:18
./multiple_results_leak.go:4:12:     from p[1] (fixed-array-index-of) at ./multiple_results_leak.go:5:18
./multiple_results_leak.go:4:12:     from &p[1] (address-of) at ./multiple_results_leak.go:5:16
./multiple_results_leak.go:4:12:     from return &p[0], &p[1] (return) at ./multiple_results_leak.go:5:2
./multiple_results_leak.go:4:12: parameter p leaks to ~r0 for split with derefs=0:
./multiple_results_leak.go:4:12:   flow: ~r0 ← p:
./multiple_results_leak.go:4:12:     from p (indirection) at ./multiple_results_leak.go:5:11
./multiple_results_leak.go:4:12:     from p[0] (fixed-array-index-of) at ./multiple_results_leak.go:5:11
./multiple_results_leak.go:4:12:     from &p[0] (address-of) at ./multiple_results_leak.go:5:9
./multiple_results_leak.go:4:12:     from return &p[0], &p[1] (return) at ./multiple_results_leak.go:5:2
./multiple_results_leak.go:4:12: leaking param: p to result ~r0 level=0
./multiple_results_leak.go:4:12: leaking param: p to result ~r1 level=0
./multiple_results_leak.go:8:18: parameter a leaks to y for swapResults with derefs=0:
./multiple_results_leak.go:8:18:   flow: y ← a:
./multiple_results_leak.go:8:18:     from return b, a (return) at ./multiple_results_leak.go:9:2
./multiple_results_leak.go:8:21: parameter b leaks to x for swapResults with derefs=0:
./multiple_results_leak.go:8:21:   flow: x ← b:
./multiple_results_leak.go:8:21:     from return b, a (return) at ./multiple_results_leak.go:9:2
./multiple_results_leak.go:8:18: leaking param: a to result y level=0
./multiple_results_leak.go:8:21: leaking param: b to result x level=0
