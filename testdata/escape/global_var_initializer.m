./global_var_initializer.go:8:27: map[string]int{...} escapes to heap
