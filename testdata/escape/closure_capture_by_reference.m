./closure_capture_by_reference.go:4:10: f does not escape
./closure_capture_by_reference.go:8:9: func literal does not escape
