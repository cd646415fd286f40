./string_bytes_escape.go:9:21: ([]byte)(s) escapes to heap
./string_bytes_escape.go:10:13: []byte{...} does not escape
./string_bytes_escape.go:11:19: string(b) escapes to heap
