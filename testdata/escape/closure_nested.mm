./closure_nested.go:5:2: outer capturing by ref: x (addr=false assign=true width=8)
./closure_nested.go:5:2: outer capturing by ref: x (addr=true assign=true width=8)
./closure_nested.go:8:10: func literal escapes to heap in outer.func1:
./closure_nested.go:8:10:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:8:10:     from func literal (spill) at ./closure_nested.go:8:10
./closure_nested.go:8:10:     from return func literal (return) at ./closure_nested.go:8:3
./closure_nested.go:5:2: x escapes to heap in outer:
./closure_nested.go:5:2:   flow: {storage for func literal} ← &x:
./closure_nested.go:5:2:     from x (captured by a closure) at ./closure_nested.go:9:4
./closure_nested.go:5:2:     from x (reference) at ./closure_nested.go:9:4
./closure_nested.go:6:9: func literal escapes to heap in outer:
./closure_nested.go:6:9:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:6:9:     from func literal (spill) at ./closure_nested.go:6:9
./closure_nested.go:6:9:     from return func literal (return) at ./closure_nested.go:6:2
./closure_nested.go:5:2: moved to heap: x
./closure_nested.go:6:9: func literal escapes to heap
./closure_nested.go:8:10: func literal escapes to heap
