./append_local.go:7:13: append does not escape
./append_local.go:9:11: make([]int, 0, 8) does not escape
./append_local.go:10:12: append does not escape
