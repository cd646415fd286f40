./make_slice_const_size.go:5:11: make([]int, 10) does not escape
./make_slice_const_size.go:9:11: make([]byte, 0, 32) does not escape
./make_slice_const_size.go:10:12: append does not escape
