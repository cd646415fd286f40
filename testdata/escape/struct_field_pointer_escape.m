./struct_field_pointer_escape.go:12:10: b does not escape
./struct_field_pointer_escape.go:12:18: leaking param: it
./struct_field_pointer_escape.go:17:2: moved to heap: x
./struct_field_pointer_escape.go:18:2: moved to heap: y
