./slice_returned.go:5:14: []int{...} escapes to heap
./slice_returned.go:9:13: make([]int, 0, 4) escapes to heap
./slice_returned.go:11:15: append escapes to heap
