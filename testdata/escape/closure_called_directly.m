./closure_called_directly.go:6:7: func literal does not escape
./closure_called_directly.go:9:7: func literal does not escape
