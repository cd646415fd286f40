./sort_interface.go:8:7: b does not escape
./sort_interface.go:9:7: b does not escape
./sort_interface.go:10:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_interface.go:10:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_interface.go:10:7: b does not escape
./sort_interface.go:14:17: byLen(words) escapes to heap in main:
./sort_interface.go:14:17:   flow: {heap} ← &{storage for byLen(words)}:
./sort_interface.go:14:17:     from byLen(words) (spill) at ./sort_interface.go:14:17
./sort_interface.go:14:17:     from sort.Sort(byLen(words)) (call parameter) at ./sort_interface.go:14:11
./sort_interface.go:13:19: []string{...} escapes to heap in main:
./sort_interface.go:13:19:   flow: words ← &{storage for []string{...}}:
./sort_interface.go:13:19:     from []string{...} (spill) at ./sort_interface.go:13:19
./sort_interface.go:13:19:     from words := []string{...} (assign) at ./sort_interface.go:13:8
./sort_interface.go:13:19:   flow: {storage for byLen(words)} ← words:
./sort_interface.go:13:19:     from byLen(words) (interface-converted) at ./sort_interface.go:14:17
./sort_interface.go:13:19: []string{...} escapes to heap
./sort_interface.go:14:17: byLen(words) escapes to heap
