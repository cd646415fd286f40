./strings_builder_pointer.go:6:16: leaking param content: b
./strings_builder_pointer.go:6:36: items does not escape
./strings_builder_pointer.go:16:7: &strings.Builder{} does not escape
./strings_builder_pointer.go:17:23: []string{...} does not escape
