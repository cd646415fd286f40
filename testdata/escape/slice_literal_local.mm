./slice_literal_local.go:5:12: []int{...} does not escape
./slice_literal_local.go:6:15: []string{...} does not escape
