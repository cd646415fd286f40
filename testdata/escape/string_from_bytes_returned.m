./string_from_bytes_returned.go:4:12: s does not escape
./string_from_bytes_returned.go:5:14: ([]byte)(s) does not escape
./string_from_bytes_returned.go:11:16: string(b) escapes to heap
