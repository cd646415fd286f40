./goroutine_pointer_arg.go:4:14: p does not escape
./goroutine_pointer_arg.go:4:22: done does not escape
./goroutine_pointer_arg.go:11:2: moved to heap: v
