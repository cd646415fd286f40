./slice_to_array_pointer.go:4:11: parameter s leaks to ~r0 for head with derefs=0:
./slice_to_array_pointer.go:4:11:   flow: ~r0 ← s:
./slice_to_array_pointer.go:4:11:     from return (*[2]int)(s) (return) at ./slice_to_array_pointer.go:5:2
./slice_to_array_pointer.go:4:11: leaking param: s to result ~r0 level=0
./slice_to_array_pointer.go:9:12: []int{...} does not escape
