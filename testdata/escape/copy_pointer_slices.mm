./copy_pointer_slices.go:6:10: parameter src leaks to {heap} for dup with derefs=1:
./copy_pointer_slices.go:6:10:   flow: {heap} ← *src:
./copy_pointer_slices.go:6:10:     from copy(dst, src) (call parameter) at ./copy_pointer_slices.go:8:6
./copy_pointer_slices.go:6:10:     from copy(dst, src) (copied slice) at ./copy_pointer_slices.go:8:6
./copy_pointer_slices.go:7:13: make([]*int, len(src)) escapes to heap in dup:
./copy_pointer_slices.go:7:13:   flow: dst ← &{storage for make([]*int, len(src))}:
./copy_pointer_slices.go:7:13:     from make([]*int, len(src)) (spill) at ./copy_pointer_slices.go:7:13
./copy_pointer_slices.go:7:13:     from dst := make([]*int, len(src)) (assign) at ./copy_pointer_slices.go:7:6
./copy_pointer_slices.go:7:13:   flow: {heap} ← dst:
./copy_pointer_slices.go:7:13:     from keep = dst (assign) at ./copy_pointer_slices.go:9:7
./copy_pointer_slices.go:6:10: leaking param content: src
./copy_pointer_slices.go:7:13: make([]*int, len(src)) escapes to heap
./copy_pointer_slices.go:13:2: a escapes to heap in main:
./copy_pointer_slices.go:13:2:   flow: {storage for []*int{...}} ← &a:
./copy_pointer_slices.go:13:2:     from &a (address-of) at ./copy_pointer_slices.go:14:13
./copy_pointer_slices.go:13:2:     from []*int{...} (slice-literal-element) at ./copy_pointer_slices.go:14:12
./copy_pointer_slices.go:13:2:   flow: {heap} ← {storage for []*int{...}}:
./copy_pointer_slices.go:13:2:     from []*int{...} (spill) at ./copy_pointer_slices.go:14:12
./copy_pointer_slices.go:13:2:     from dup([]*int{...}) (call parameter) at ./copy_pointer_slices.go:14:5
./copy_pointer_slices.go:13:5: b escapes to heap in main:
./copy_pointer_slices.go:13:5:   flow: {storage for []*int{...}} ← &b:
./copy_pointer_slices.go:13:5:     from &b (address-of) at ./copy_pointer_slices.go:14:17
./copy_pointer_slices.go:13:5:     from []*int{...} (slice-literal-element) at ./copy_pointer_slices.go:14:12
./copy_pointer_slices.go:13:5:   flow: {heap} ← {storage for []*int{...}}:
./copy_pointer_slices.go:13:5:     from []*int{...} (spill) at ./copy_pointer_slices.go:14:12
./copy_pointer_slices.go:13:5:     from dup([]*int{...}) (call parameter) at ./copy_pointer_slices.go:14:5
./copy_pointer_slices.go:13:2: moved to heap: a
./copy_pointer_slices.go:13:5: moved to heap: b
./copy_pointer_slices.go:14:12: []*int{...} does not escape
./copy_pointer_slices.go:15:15: make([]*int, 2) does not escape
./copy_pointer_slices.go:16:20: []*int{...} does not escape
