./closure_loop_var.go:7:19: func literal escapes to heap
./closure_loop_var.go:7:14: append does not escape
