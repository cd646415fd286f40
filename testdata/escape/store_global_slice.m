./store_global_slice.go:6:15: leaking param: s
./store_global_slice.go:11:14: []int{...} escapes to heap
./store_global_slice.go:13:16: []int{...} does not escape
