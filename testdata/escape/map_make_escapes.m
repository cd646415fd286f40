./map_make_escapes.go:7:11: make(map[int]int, n) escapes to heap
./map_make_escapes.go:15:14: make(map[int]int) escapes to heap
