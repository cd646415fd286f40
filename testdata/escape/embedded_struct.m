./embedded_struct.go:8:7: b does not escape
./embedded_struct.go:15:17: moved to heap: id
./embedded_struct.go:16:9: &derived{...} escapes to heap
