./closure_deferred.go:4:14: work capturing by ref: n (addr=false assign=true width=8)
./closure_deferred.go:5:8: func literal does not escape
./closure_deferred.go:13:2: main capturing by value: msg (addr=false assign=false width=16)
./closure_deferred.go:14:8: func literal does not escape
