./copy_slices.go:5:13: make([]int, len(src)) escapes to heap in clone:
./copy_slices.go:5:13:   flow: dst ← &{storage for make([]int, len(src))}:
./copy_slices.go:5:13:     from make([]int, len(src)) (spill) at ./copy_slices.go:5:13
./copy_slices.go:5:13:     from dst := make([]int, len(src)) (assign) at ./copy_slices.go:5:6
./copy_slices.go:5:13:   flow: ~r0 ← dst:
./copy_slices.go:5:13:     from return dst (return) at ./copy_slices.go:7:2
./copy_slices.go:4:12: src does not escape
./copy_slices.go:5:13: make([]int, len(src)) escapes to heap
./copy_slices.go:11:12: []int{...} does not escape
