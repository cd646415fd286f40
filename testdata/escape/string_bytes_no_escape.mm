./string_bytes_no_escape.go:4:13: b does not escape
./string_bytes_no_escape.go:16:14: ([]byte)(s) does not escape
./string_bytes_no_escape.go:16:14: zero-copy string->[]byte conversion
./string_bytes_no_escape.go:18:17: string(b) does not escape
