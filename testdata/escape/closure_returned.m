./closure_returned.go:5:2: moved to heap: c
./closure_returned.go:6:9: func literal escapes to heap
./closure_returned.go:13:9: func literal escapes to heap
