./closure_captures_pointer.go:7:2: main capturing by value: s (addr=false assign=false width=8)
./closure_captures_pointer.go:7:7: &state{} does not escape
./closure_captures_pointer.go:8:10: func literal does not escape
