./string_bytes_range.go:4:13: s does not escape
./string_bytes_range.go:6:27: ([]byte)(s) does not escape
./string_bytes_range.go:6:27: zero-copy string->[]byte conversion
./string_bytes_range.go:16:13: append does not escape
