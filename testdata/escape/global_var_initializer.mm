./global_var_initializer.go:8:27: map[string]int{...} escapes to heap in init:
./global_var_initializer.go:8:27:   flow: {heap} ← &{storage for map[string]int{...}}:
./global_var_initializer.go:8:27:     from map[string]int{...} (spill) at ./global_var_initializer.go:8:27
./global_var_initializer.go:8:27:     from table = map[string]int{...} (assign) at ./global_var_initializer.go:8:5
./global_var_initializer.go:8:27: map[string]int{...} escapes to heap
