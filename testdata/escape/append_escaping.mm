./append_escaping.go:6:12: v escapes to heap in track:
./append_escaping.go:6:12:   flow: {heap} ← &v:
./append_escaping.go:6:12:     from &v (address-of) at ./append_escaping.go:7:20
./append_escaping.go:6:12:     from append(all, &v) (call parameter) at ./append_escaping.go:7:14
./append_escaping.go:7:14: append(all, &v) escapes to heap in track:
./append_escaping.go:7:14:   flow: {heap} ← &{storage for append(all, &v)}:
./append_escaping.go:7:14:     from append(all, &v) (spill) at ./append_escaping.go:7:14
./append_escaping.go:7:14:     from all = append(all, &v) (assign) at ./append_escaping.go:7:6
./append_escaping.go:6:12: moved to heap: v
./append_escaping.go:7:14: append escapes to heap
