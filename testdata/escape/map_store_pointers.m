./map_store_pointers.go:8:2: moved to heap: u
./map_store_pointers.go:7:11: make(map[string]*user) does not escape
./map_store_pointers.go:10:7: &user{...} escapes to heap
