./goroutine_capture_variable.go:7:6: moved to heap: wg
./goroutine_capture_variable.go:8:6: moved to heap: mu
./goroutine_capture_variable.go:9:2: moved to heap: sum
./goroutine_capture_variable.go:12:6: func literal escapes to heap
