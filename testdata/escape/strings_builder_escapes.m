./strings_builder_escapes.go:8:17: prefix does not escape
./strings_builder_escapes.go:9:7: &strings.Builder{} escapes to heap
./strings_builder_escapes.go:17:6: moved to heap: g
