./return_struct_with_slice.go:10:14: make([]int, 0, 4) escapes to heap
./return_struct_with_slice.go:12:16: append escapes to heap
