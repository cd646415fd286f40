./closure_stored_global.go:7:2: moved to heap: total
./closure_stored_global.go:8:9: func literal escapes to heap
