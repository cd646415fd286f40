./errors_sentinel.go:8:11: m does not escape
./errors_sentinel.go:8:29: k does not escape
./errors_sentinel.go:17:21: map[string]int{...} does not escape
