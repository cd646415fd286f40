./copy_string_to_bytes.go:4:11: dst does not escape
./copy_string_to_bytes.go:4:23: s does not escape
./copy_string_to_bytes.go:9:13: make([]byte, 8) does not escape
./copy_string_to_bytes.go:12:26: string(buf[:n + m]) does not escape
