./range_over_func.go:5:14: yield does not escape
./range_over_func.go:5:9: func literal escapes to heap
./range_over_func.go:15:2: moved to heap: s
./range_over_func.go:16:2: moved to heap: #state1
./range_over_func.go:16:2: func literal escapes to heap
