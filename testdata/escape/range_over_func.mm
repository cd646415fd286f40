./range_over_func.go:4:11: upTo capturing by value: n (addr=false assign=false width=8)
./range_over_func.go:5:9: func literal escapes to heap in upTo:
./range_over_func.go:5:9:   flow: ~r0 ← &{storage for func literal}:
./range_over_func.go:5:9:     from func literal (spill) at ./range_over_func.go:5:9
./range_over_func.go:5:9:     from return func literal (return) at ./range_over_func.go:5:2
./range_over_func.go:4:11: parameter n leaks to {storage for func literal} for upTo with derefs=0:
./range_over_func.go:4:11:   flow: {storage for func literal} ← n:
./range_over_func.go:4:11:     from n (captured by a closure) at ./range_over_func.go:6:19
./range_over_func.go:5:14: yield does not escape
./range_over_func.go:5:9: func literal escapes to heap
./range_over_func.go:16:2: main capturing by ref: #state1 (addr=false assign=true width=8)
./range_over_func.go:15:2: main capturing by ref: s (addr=false assign=true width=8)
./range_over_func.go:16:2: func literal escapes to heap in main:
./range_over_func.go:16:2:   flow: #yield1 ← &{storage for func literal}:
./range_over_func.go:16:2:     from func literal (spill) at ./range_over_func.go:16:2
./range_over_func.go:16:2:     from #yield1 := func literal (assign) at ./range_over_func.go:16:2
./range_over_func.go:16:2:   flow: {heap} ← #yield1:
./range_over_func.go:16:2:     from .autotmp_3(#yield1) (call parameter) at ./range_over_func.go:16:2
./range_over_func.go:16:2: #state1 escapes to heap in main:
./range_over_func.go:16:2:   flow: {storage for func literal} ← &#state1:
./range_over_func.go:16:2:     from #state1 (captured by a closure) at <unknown line number>
./range_over_func.go:16:2:     from #state1 (reference) at <unknown line number>
./range_over_func.go:15:2: s escapes to heap in main:
./range_over_func.go:15:2:   flow: {storage for func literal} ← &s:
./range_over_func.go:15:2:     from s (captured by a closure) at ./range_over_func.go:17:3
./range_over_func.go:15:2:     from s (reference) at ./range_over_func.go:17:3
./range_over_func.go:15:2: moved to heap: s
./range_over_func.go:16:2: moved to heap: #state1
./range_over_func.go:16:2: func literal escapes to heap
