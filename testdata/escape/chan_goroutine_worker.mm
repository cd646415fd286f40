./chan_goroutine_worker.go:4:13: in does not escape
./chan_goroutine_worker.go:4:28: out does not escape
./chan_goroutine_worker.go:14:2: func literal escapes to heap in main:
./chan_goroutine_worker.go:14:2:   flow: {heap} ← &{storage for func literal}:
./chan_goroutine_worker.go:14:2:     from func literal (spill) at ./chan_goroutine_worker.go:14:2
./chan_goroutine_worker.go:15:5: func literal escapes to heap in main:
./chan_goroutine_worker.go:15:5:   flow: {heap} ← &{storage for func literal}:
./chan_goroutine_worker.go:15:5:     from func literal (spill) at ./chan_goroutine_worker.go:15:5
./chan_goroutine_worker.go:14:12: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./chan_goroutine_worker.go:14:16: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./chan_goroutine_worker.go:12:2: main capturing by value: in (addr=false assign=false width=8)
./chan_goroutine_worker.go:15:5: func literal escapes to heap
