./goroutine_args_closure_loop.go:12:20: name does not escape
./goroutine_args_closure_loop.go:7:6: moved to heap: wg
./goroutine_args_closure_loop.go:8:13: make([]string, 3) escapes to heap
./goroutine_args_closure_loop.go:9:19: []string{...} does not escape
./goroutine_args_closure_loop.go:12:6: func literal escapes to heap
./goroutine_args_closure_loop.go:14:20: name + name escapes to heap
