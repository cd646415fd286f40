./copy_pointer_slices.go:6:10: leaking param content: src
./copy_pointer_slices.go:7:13: make([]*int, len(src)) escapes to heap
./copy_pointer_slices.go:13:2: moved to heap: a
./copy_pointer_slices.go:13:5: moved to heap: b
./copy_pointer_slices.go:14:12: []*int{...} does not escape
./copy_pointer_slices.go:15:15: make([]*int, 2) does not escape
./copy_pointer_slices.go:16:20: []*int{...} does not escape
