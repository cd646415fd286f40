./pointer_method_on_addressable.go:6:7: leaking param content: a
./pointer_method_on_addressable.go:6:40: append escapes to heap
./pointer_method_on_addressable.go:8:7: a does not escape
