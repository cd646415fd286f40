./interface_method_param_escapes.go:10:7: s does not escape
./interface_method_param_escapes.go:10:24: p does not escape
./interface_method_param_escapes.go:12:11: leaking param: v
./interface_method_param_escapes.go:12:22: leaking param: xs
./interface_method_param_escapes.go:19:7: &summer{} escapes to heap
./interface_method_param_escapes.go:20:15: []int{...} escapes to heap
