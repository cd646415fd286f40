./chan_of_slices.go:6:11: make([]int, 3) escapes to heap
