./return_struct_with_slice.go:10:14: make([]int, 0, 4) escapes to heap in collect:
./return_struct_with_slice.go:10:14:   flow: vals ← &{storage for make([]int, 0, 4)}:
./return_struct_with_slice.go:10:14:     from make([]int, 0, 4) (spill) at ./return_struct_with_slice.go:10:14
./return_struct_with_slice.go:10:14:     from vals := make([]int, 0, 4) (assign) at ./return_struct_with_slice.go:10:7
./return_struct_with_slice.go:10:14:   flow: ~r0 ← vals:
./return_struct_with_slice.go:10:14:     from result{...} (struct literal element) at ./return_struct_with_slice.go:14:15
./return_struct_with_slice.go:10:14:     from return result{...} (return) at ./return_struct_with_slice.go:14:2
./return_struct_with_slice.go:12:16: append(vals, i) escapes to heap in collect:
./return_struct_with_slice.go:12:16:   flow: vals ← &{storage for append(vals, i)}:
./return_struct_with_slice.go:12:16:     from append(vals, i) (spill) at ./return_struct_with_slice.go:12:16
./return_struct_with_slice.go:12:16:     from vals = append(vals, i) (assign) at ./return_struct_with_slice.go:12:8
./return_struct_with_slice.go:12:16:   flow: ~r0 ← vals:
./return_struct_with_slice.go:12:16:     from result{...} (struct literal element) at ./return_struct_with_slice.go:14:15
./return_struct_with_slice.go:12:16:     from return result{...} (return) at ./return_struct_with_slice.go:14:2
./return_struct_with_slice.go:10:14: make([]int, 0, 4) escapes to heap
./return_struct_with_slice.go:12:16: append escapes to heap
