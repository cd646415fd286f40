./make_slice_variable_size.go:5:11: make([]int, n) does not escape
