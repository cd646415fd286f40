./make_slice_implicit_limit.go:8:15: make([]byte, 65537) escapes to heap in main:
./make_slice_implicit_limit.go:8:15:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./make_slice_implicit_limit.go:8:15:     from make([]byte, 65537) (too large for stack) at ./make_slice_implicit_limit.go:8:15
./make_slice_implicit_limit.go:12:14: make([]int64, 8193) escapes to heap in main:
./make_slice_implicit_limit.go:12:14:   flow: {heap} ← &{storage for make([]int64, 8193)}:
./make_slice_implicit_limit.go:12:14:     from make([]int64, 8193) (too large for stack) at ./make_slice_implicit_limit.go:12:14
./make_slice_implicit_limit.go:6:15: make([]byte, 65536) does not escape
./make_slice_implicit_limit.go:8:15: make([]byte, 65537) escapes to heap
./make_slice_implicit_limit.go:11:14: make([]int64, 8192) does not escape
./make_slice_implicit_limit.go:12:14: make([]int64, 8193) escapes to heap
