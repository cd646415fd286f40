./leak_to_result_level0.go:9:11: parameter n leaks to ~r0 for self with derefs=0:
./leak_to_result_level0.go:9:11:   flow: ~r0 ← n:
./leak_to_result_level0.go:9:11:     from return n (return) at ./leak_to_result_level0.go:10:2
./leak_to_result_level0.go:9:11: leaking param: n to result ~r0 level=0
./leak_to_result_level0.go:13:11: parameter a leaks to ~r0 for pick with derefs=0:
./leak_to_result_level0.go:13:11:   flow: ~r0 ← a:
./leak_to_result_level0.go:13:11:     from return a (return) at ./leak_to_result_level0.go:15:3
./leak_to_result_level0.go:13:14: parameter b leaks to ~r0 for pick with derefs=0:
./leak_to_result_level0.go:13:14:   flow: ~r0 ← b:
./leak_to_result_level0.go:13:14:     from return b (return) at ./leak_to_result_level0.go:17:2
./leak_to_result_level0.go:13:11: leaking param: a to result ~r0 level=0
./leak_to_result_level0.go:13:14: leaking param: b to result ~r0 level=0
