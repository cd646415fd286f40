./closure_capture_by_value.go:4:12: f does not escape
./closure_capture_by_value.go:9:7: func literal does not escape
