./leak_to_result_level1.go:9:13: leaking param: n to result ~r0 level=1
./leak_to_result_level1.go:13:12: leaking param: pp to result ~r0 level=1
