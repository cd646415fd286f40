./pointer_to_pointer.go:4:10: pp does not escape
./pointer_to_pointer.go:8:15: pp does not escape
./pointer_to_pointer.go:8:25: leaking param: to
./pointer_to_pointer.go:13:5: moved to heap: b
