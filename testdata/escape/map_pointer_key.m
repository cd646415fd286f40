./map_pointer_key.go:5:2: moved to heap: a
./map_pointer_key.go:5:5: moved to heap: b
./map_pointer_key.go:6:22: map[*int]bool{} does not escape
