./map_values_with_pointers.go:9:32: map[string]entry{} escapes to heap
./map_values_with_pointers.go:11:10: leaking param: name
./map_values_with_pointers.go:11:23: leaking param: tags
./map_values_with_pointers.go:12:2: moved to heap: h
./map_values_with_pointers.go:17:5: ... argument escapes to heap
