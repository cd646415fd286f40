./chan_goroutine_worker.go:4:13: in does not escape
./chan_goroutine_worker.go:4:28: out does not escape
./chan_goroutine_worker.go:15:5: func literal escapes to heap
