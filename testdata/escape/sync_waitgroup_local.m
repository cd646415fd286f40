./sync_waitgroup_local.go:7:6: moved to heap: wg
./sync_waitgroup_local.go:8:17: make([]int, 3) escapes to heap
./sync_waitgroup_local.go:11:6: func literal escapes to heap
