./closure_capture_large_value.go:9:6: main capturing by ref: b (addr=false assign=false width=320)
./closure_capture_large_value.go:11:7: func literal does not escape
