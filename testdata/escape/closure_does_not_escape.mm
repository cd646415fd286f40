./closure_does_not_escape.go:4:11: xs does not escape
./closure_does_not_escape.go:4:21: f does not escape
./closure_does_not_escape.go:11:2: main capturing by ref: total (addr=false assign=true width=8)
./closure_does_not_escape.go:12:12: []int{...} does not escape
./closure_does_not_escape.go:12:26: func literal does not escape
