./slice_returned.go:5:14: []int{...} escapes to heap in primes:
./slice_returned.go:5:14:   flow: ~r0 ← &{storage for []int{...}}:
./slice_returned.go:5:14:     from []int{...} (spill) at ./slice_returned.go:5:14
./slice_returned.go:5:14:     from return []int{...} (return) at ./slice_returned.go:5:2
./slice_returned.go:5:14: []int{...} escapes to heap
./slice_returned.go:9:13: make([]int, 0, 4) escapes to heap in evens:
./slice_returned.go:9:13:   flow: out ← &{storage for make([]int, 0, 4)}:
./slice_returned.go:9:13:     from make([]int, 0, 4) (spill) at ./slice_returned.go:9:13
./slice_returned.go:9:13:     from out := make([]int, 0, 4) (assign) at ./slice_returned.go:9:6
./slice_returned.go:9:13:   flow: ~r0 ← out:
./slice_returned.go:9:13:     from return out (return) at ./slice_returned.go:13:2
./slice_returned.go:11:15: append(out, i) escapes to heap in evens:
./slice_returned.go:11:15:   flow: out ← &{storage for append(out, i)}:
./slice_returned.go:11:15:     from append(out, i) (spill) at ./slice_returned.go:11:15
./slice_returned.go:11:15:     from out = append(out, i) (assign) at ./slice_returned.go:11:7
./slice_returned.go:11:15:   flow: ~r0 ← out:
./slice_returned.go:11:15:     from return out (return) at ./slice_returned.go:13:2
./slice_returned.go:9:13: make([]int, 0, 4) escapes to heap
./slice_returned.go:11:15: append escapes to heap
