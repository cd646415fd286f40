./variadic_no_escape.go:4:21: rest does not escape
./variadic_no_escape.go:15:13: ... argument does not escape
./variadic_no_escape.go:16:13: []int{...} does not escape
