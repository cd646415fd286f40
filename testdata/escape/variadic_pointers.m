./variadic_pointers.go:6:15: leaking param content: ps
./variadic_pointers.go:12:10: ps does not escape
./variadic_pointers.go:21:8: moved to heap: c
./variadic_pointers.go:22:13: ... argument does not escape
./variadic_pointers.go:23:10: ... argument does not escape
