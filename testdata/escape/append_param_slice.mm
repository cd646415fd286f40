./append_param_slice.go:5:15: append(s, v) escapes to heap in push:
./append_param_slice.go:5:15:   flow: ~r0 ← &{storage for append(s, v)}:
./append_param_slice.go:5:15:     from append(s, v) (spill) at ./append_param_slice.go:5:15
./append_param_slice.go:5:15:     from return append(s, v) (return) at ./append_param_slice.go:5:2
./append_param_slice.go:4:11: parameter s leaks to ~r0 for push with derefs=0:
./append_param_slice.go:4:11:   flow: {temp} ← s:
./append_param_slice.go:4:11:     from append(s, v) (call parameter) at ./append_param_slice.go:5:15
./append_param_slice.go:4:11:   flow: ~r0 ← {temp}:
./append_param_slice.go:4:11:     from return append(s, v) (return) at ./append_param_slice.go:5:2
./append_param_slice.go:4:11: leaking param: s to result ~r0 level=0
./append_param_slice.go:5:15: append escapes to heap
./append_param_slice.go:9:11: make([]int, 0, 2) does not escape
