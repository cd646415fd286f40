./multiple_results_leak.go:4:12: leaking param: p to result ~r0 level=0
./multiple_results_leak.go:4:12: leaking param: p to result ~r1 level=0
./multiple_results_leak.go:8:18: leaking param: a to result y level=0
./multiple_results_leak.go:8:21: leaking param: b to result x level=0
