./store_global_slice.go:6:15: parameter s leaks to {heap} for remember with derefs=0:
./store_global_slice.go:6:15:   flow: {heap} ← s:
./store_global_slice.go:6:15:     from saved = s (assign) at ./store_global_slice.go:7:8
./store_global_slice.go:6:15: leaking param: s
./store_global_slice.go:11:14: []int{...} escapes to heap in main:
./store_global_slice.go:11:14:   flow: buf ← &{storage for []int{...}}:
./store_global_slice.go:11:14:     from []int{...} (spill) at ./store_global_slice.go:11:14
./store_global_slice.go:11:14:     from buf := []int{...} (assign) at ./store_global_slice.go:11:6
./store_global_slice.go:11:14:   flow: {heap} ← buf:
./store_global_slice.go:11:14:     from remember(buf) (call parameter) at ./store_global_slice.go:12:10
./store_global_slice.go:11:14: []int{...} escapes to heap
./store_global_slice.go:13:16: []int{...} does not escape
