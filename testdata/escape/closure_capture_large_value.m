./closure_capture_large_value.go:11:7: func literal does not escape
