./make_slice_implicit_limit.go:6:15: make([]byte, 65536) does not escape
./make_slice_implicit_limit.go:8:15: make([]byte, 65537) escapes to heap
./make_slice_implicit_limit.go:11:14: make([]int64, 8192) does not escape
./make_slice_implicit_limit.go:12:14: make([]int64, 8193) escapes to heap
