./slice_to_array_pointer.go:4:11: leaking param: s to result ~r0 level=0
./slice_to_array_pointer.go:9:12: []int{...} does not escape
