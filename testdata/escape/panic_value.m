./panic_value.go:8:16: failure{...} escapes to heap
./panic_value.go:14:8: func literal does not escape
