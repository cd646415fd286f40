./sort_interface.go:8:7: b does not escape
./sort_interface.go:9:7: b does not escape
./sort_interface.go:10:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_interface.go:10:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
./sort_interface.go:10:7: b does not escape
./sort_interface.go:13:19: []string{...} escapes to heap
./sort_interface.go:14:17: byLen(words) escapes to heap
