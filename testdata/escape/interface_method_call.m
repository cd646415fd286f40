./interface_method_call.go:8:18: p does not escape
./interface_method_call.go:10:11: leaking param: s
./interface_method_call.go:11:2: moved to heap: x
./interface_method_call.go:16:18: dog{} escapes to heap
