./unsafe_slice_data.go:9:14: ([]byte)("abc") escapes to heap
