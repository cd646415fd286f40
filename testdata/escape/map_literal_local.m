./map_literal_local.go:5:21: map[string]int{...} does not escape
