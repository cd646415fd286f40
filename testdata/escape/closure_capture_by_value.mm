./closure_capture_by_value.go:4:12: f does not escape
./closure_capture_by_value.go:7:2: main capturing by value: a (addr=false assign=false width=8)
./closure_capture_by_value.go:8:2: main capturing by value: b (addr=false assign=false width=8)
./closure_capture_by_value.go:9:7: func literal does not escape
