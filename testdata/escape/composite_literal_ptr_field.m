./composite_literal_ptr_field.go:9:12: moved to heap: s
