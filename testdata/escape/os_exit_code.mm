./os_exit_code.go:6:13: vals does not escape
./os_exit_code.go:16:15: []int{...} does not escape
