./sort_ints_strings.go:7:13: []int{...} does not escape
./sort_ints_strings.go:9:16: []string{...} does not escape
