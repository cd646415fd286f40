./embedded_pointer.go:6:7: e does not escape
./embedded_pointer.go:14:21: &engine{...} escapes to heap
