./array_of_pointers.go:6:14: moved to heap: a
./array_of_pointers.go:6:17: moved to heap: b
./array_of_pointers.go:6:20: moved to heap: c
