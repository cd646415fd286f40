./interface_pointer_shaped.go:9:7: &T{...} escapes to heap
./interface_pointer_shaped.go:11:18: map[int]int{...} escapes to heap
