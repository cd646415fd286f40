./variadic_escapes.go:6:13: leaking param: vals
./variadic_escapes.go:7:18: append escapes to heap
./variadic_escapes.go:11:8: ... argument escapes to heap
./variadic_escapes.go:12:8: ... argument escapes to heap
