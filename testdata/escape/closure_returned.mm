./closure_returned.go:5:2: makeCounter capturing by ref: c (addr=false assign=true width=8)
./closure_returned.go:6:9: func literal escapes to heap in makeCounter:
./closure_returned.go:6:9:   flow: ~r0 ← &{storage for func literal}:
./closure_returned.go:6:9:     from func literal (spill) at ./closure_returned.go:6:9
./closure_returned.go:6:9:     from return func literal (return) at ./closure_returned.go:6:2
./closure_returned.go:5:2: c escapes to heap in makeCounter:
./closure_returned.go:5:2:   flow: {storage for func literal} ← &c:
./closure_returned.go:5:2:     from c (captured by a closure) at ./closure_returned.go:7:3
./closure_returned.go:5:2:     from c (reference) at ./closure_returned.go:7:3
./closure_returned.go:5:2: moved to heap: c
./closure_returned.go:6:9: func literal escapes to heap
./closure_returned.go:12:16: makeAdder capturing by value: k (addr=false assign=false width=8)
./closure_returned.go:13:9: func literal escapes to heap in makeAdder:
./closure_returned.go:13:9:   flow: ~r0 ← &{storage for func literal}:
./closure_returned.go:13:9:     from func literal (spill) at ./closure_returned.go:13:9
./closure_returned.go:13:9:     from return func literal (return) at ./closure_returned.go:13:2
./closure_returned.go:12:16: parameter k leaks to {storage for func literal} for makeAdder with derefs=0:
./closure_returned.go:12:16:   flow: {storage for func literal} ← k:
./closure_returned.go:12:16:     from k (captured by a closure) at ./closure_returned.go:13:38
./closure_returned.go:13:9: func literal escapes to heap
