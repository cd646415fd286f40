./sync_once.go:11:3: moved to heap: v
./sync_once.go:10:10: func literal does not escape
