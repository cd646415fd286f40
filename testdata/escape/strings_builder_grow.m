./strings_builder_grow.go:9:10: xs does not escape
./strings_builder_grow.go:22:19: []int{...} does not escape
