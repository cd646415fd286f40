./bytes_from_string_limit.go:4:12: b does not escape
./bytes_from_string_limit.go:8:14: ([]byte)(short) does not escape
./bytes_from_string_limit.go:8:14: zero-copy string->[]byte conversion
./bytes_from_string_limit.go:9:11: make([]byte, 40) does not escape
./bytes_from_string_limit.go:13:17: string(s) does not escape
./bytes_from_string_limit.go:14:14: ([]byte)(long) does not escape
./bytes_from_string_limit.go:14:14: zero-copy string->[]byte conversion
