./defer_closure_in_loop.go:6:9: func literal escapes to heap in run:
./defer_closure_in_loop.go:6:9:   flow: {heap} ← &{storage for func literal}:
./defer_closure_in_loop.go:6:9:     from func literal (spill) at ./defer_closure_in_loop.go:6:9
./defer_closure_in_loop.go:4:13: run capturing by ref: s (addr=false assign=true width=8)
./defer_closure_in_loop.go:4:13: s escapes to heap in run:
./defer_closure_in_loop.go:4:13:   flow: {storage for func literal} ← &s:
./defer_closure_in_loop.go:4:13:     from s (captured by a closure) at ./defer_closure_in_loop.go:7:4
./defer_closure_in_loop.go:4:13:     from s (reference) at ./defer_closure_in_loop.go:7:4
./defer_closure_in_loop.go:5:6: run capturing by value: i (addr=false assign=false width=8)
./defer_closure_in_loop.go:4:13: moved to heap: s
./defer_closure_in_loop.go:6:9: func literal escapes to heap
