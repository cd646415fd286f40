./string_map_key_bytes.go:8:11: string(b) escapes to heap in main:
./string_map_key_bytes.go:8:11:   flow: {heap} ← &{storage for string(b)}:
./string_map_key_bytes.go:8:11:     from string(b) (spill) at ./string_map_key_bytes.go:8:11
./string_map_key_bytes.go:8:11:     from m[string(b)] (key of map put) at ./string_map_key_bytes.go:8:3
./string_map_key_bytes.go:5:21: map[string]int{...} does not escape
./string_map_key_bytes.go:6:14: ([]byte)("key") does not escape
./string_map_key_bytes.go:6:14: zero-copy string->[]byte conversion
./string_map_key_bytes.go:7:16: string(b) does not escape
./string_map_key_bytes.go:8:11: string(b) escapes to heap
./string_map_key_bytes.go:9:12: string(b) does not escape
