./defer_closure_in_loop.go:4:13: moved to heap: s
./defer_closure_in_loop.go:6:9: func literal escapes to heap
