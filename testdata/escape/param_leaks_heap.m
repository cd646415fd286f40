./param_leaks_heap.go:8:14: leaking param: r
./param_leaks_heap.go:13:7: &rec{...} escapes to heap
