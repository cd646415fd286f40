./chan_of_slices.go:6:11: make([]int, 3) escapes to heap in main:
./chan_of_slices.go:6:11:   flow: s ← &{storage for make([]int, 3)}:
./chan_of_slices.go:6:11:     from make([]int, 3) (spill) at ./chan_of_slices.go:6:11
./chan_of_slices.go:6:11:     from s := make([]int, 3) (assign) at ./chan_of_slices.go:6:4
./chan_of_slices.go:6:11:   flow: {heap} ← s:
./chan_of_slices.go:6:11:     from ch <- s (send) at ./chan_of_slices.go:8:5
./chan_of_slices.go:6:11: make([]int, 3) escapes to heap
