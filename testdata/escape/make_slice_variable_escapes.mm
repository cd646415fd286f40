./make_slice_variable_escapes.go:7:13: make([]int, n) escapes to heap in alloc:
./make_slice_variable_escapes.go:7:13:   flow: {heap} ← &{storage for make([]int, n)}:
./make_slice_variable_escapes.go:7:13:     from make([]int, n) (spill) at ./make_slice_variable_escapes.go:7:13
./make_slice_variable_escapes.go:7:13:     from kept = make([]int, n) (assign) at ./make_slice_variable_escapes.go:7:7
./make_slice_variable_escapes.go:7:13: make([]int, n) escapes to heap
./make_slice_variable_escapes.go:11:13: make([]byte, 0, n) escapes to heap in allocCap:
./make_slice_variable_escapes.go:11:13:   flow: ~r0 ← &{storage for make([]byte, 0, n)}:
./make_slice_variable_escapes.go:11:13:     from make([]byte, 0, n) (spill) at ./make_slice_variable_escapes.go:11:13
./make_slice_variable_escapes.go:11:13:     from return make([]byte, 0, n) (return) at ./make_slice_variable_escapes.go:11:2
./make_slice_variable_escapes.go:11:13: make([]byte, 0, n) escapes to heap
