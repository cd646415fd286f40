./interface_constant_conversion.go:7:9: 42 escapes to heap
./interface_constant_conversion.go:8:9: "hello" escapes to heap
./interface_constant_conversion.go:9:9: true escapes to heap
./interface_constant_conversion.go:11:9: uint8(200) escapes to heap
