./make_slice_variable_escapes.go:7:13: make([]int, n) escapes to heap
./make_slice_variable_escapes.go:11:13: make([]byte, 0, n) escapes to heap
