./sync_once.go:11:3: v escapes to heap in get.func1:
./sync_once.go:11:3:   flow: {heap} ← &v:
./sync_once.go:11:3:     from &v (address-of) at ./sync_once.go:12:11
./sync_once.go:11:3:     from value = &v (assign) at ./sync_once.go:12:9
./sync_once.go:11:3: moved to heap: v
./sync_once.go:10:10: func literal does not escape
