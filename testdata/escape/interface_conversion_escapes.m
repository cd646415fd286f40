./interface_conversion_escapes.go:8:11: leaking param: v
./interface_conversion_escapes.go:14:7: q escapes to heap
./interface_conversion_escapes.go:16:7: 77 escapes to heap
