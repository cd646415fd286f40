./method_value_returned.go:6:7: g does not escape
./method_value_returned.go:6:25: name does not escape
./method_value_returned.go:6:72: g.greeting + ", " + name escapes to heap
./method_value_returned.go:8:18: leaking param: word
./method_value_returned.go:9:7: &greeter{...} escapes to heap
./method_value_returned.go:10:10: g.greet escapes to heap
