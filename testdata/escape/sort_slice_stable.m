./sort_slice_stable.go:6:16: leaking param: xs
./sort_slice_stable.go:6:29: key does not escape
./sort_slice_stable.go:7:19: xs escapes to heap
./sort_slice_stable.go:7:23: func literal does not escape
./sort_slice_stable.go:13:16: []string{...} escapes to heap
./sort_slice_stable.go:14:23: map[string]int{...} does not escape
