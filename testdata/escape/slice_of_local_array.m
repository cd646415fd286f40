./slice_of_local_array.go:4:15: s does not escape
