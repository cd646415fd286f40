./store_global_pointer.go:7:2: moved to heap: x
