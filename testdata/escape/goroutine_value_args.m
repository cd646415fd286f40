./goroutine_value_args.go:4:20: out does not escape
