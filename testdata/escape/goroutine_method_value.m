./goroutine_method_value.go:9:7: j does not escape
./goroutine_method_value.go:12:2: moved to heap: j
