./defer_pointer_arg.go:6:7: r does not escape
