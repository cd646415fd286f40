./errors_custom_type.go:8:7: e does not escape
./errors_custom_type.go:11:9: &codeErr{...} escapes to heap
./errors_custom_type.go:16:6: moved to heap: ce
