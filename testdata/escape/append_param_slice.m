./append_param_slice.go:4:11: leaking param: s to result ~r0 level=0
./append_param_slice.go:5:15: append escapes to heap
./append_param_slice.go:9:11: make([]int, 0, 2) does not escape
