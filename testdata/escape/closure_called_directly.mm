./closure_called_directly.go:5:2: main capturing by ref: x (addr=false assign=true width=8)
./closure_called_directly.go:5:2: main capturing by ref: x (addr=true assign=true width=8)
./closure_called_directly.go:6:7: func literal does not escape
./closure_called_directly.go:9:7: func literal does not escape
