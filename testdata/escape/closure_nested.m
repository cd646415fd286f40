./closure_nested.go:5:2: moved to heap: x
./closure_nested.go:6:9: func literal escapes to heap
./closure_nested.go:8:10: func literal escapes to heap
