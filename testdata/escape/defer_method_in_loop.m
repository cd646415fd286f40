./defer_method_in_loop.go:6:7: c does not escape
./defer_method_in_loop.go:9:2: moved to heap: count
