./method_value_too_large.go:17:8: b.first escapes to heap
./method_value_too_large.go:20:8: s.first does not escape
