./method_value_value_receiver.go:8:16: g does not escape
./method_value_value_receiver.go:14:21: t.f does not escape
./method_value_value_receiver.go:15:10: t.f escapes to heap
