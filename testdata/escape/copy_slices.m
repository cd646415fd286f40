./copy_slices.go:4:12: src does not escape
./copy_slices.go:5:13: make([]int, len(src)) escapes to heap
./copy_slices.go:11:12: []int{...} does not escape
