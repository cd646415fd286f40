./method_value_interface.go:10:13: leaking param: s
./method_value_interface.go:11:10: s.area escapes to heap
./method_value_interface.go:15:22: square{...} escapes to heap
./method_value_interface.go:16:8: s.area does not escape
./method_value_interface.go:17:20: square{...} escapes to heap
