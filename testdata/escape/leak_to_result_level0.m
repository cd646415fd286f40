./leak_to_result_level0.go:9:11: leaking param: n to result ~r0 level=0
./leak_to_result_level0.go:13:11: leaking param: a to result ~r0 level=0
./leak_to_result_level0.go:13:14: leaking param: b to result ~r0 level=0
