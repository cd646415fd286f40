./unsafe_add_slice_string.go:6:13: p does not escape
./unsafe_add_slice_string.go:14:14: ([]byte)("bytes") does not escape
./unsafe_add_slice_string.go:14:14: zero-copy string->[]byte conversion
