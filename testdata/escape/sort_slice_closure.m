./sort_slice_closure.go:12:20: []person{...} escapes to heap
./sort_slice_closure.go:13:13: people escapes to heap
./sort_slice_closure.go:13:21: func literal does not escape
