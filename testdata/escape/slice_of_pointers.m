./slice_of_pointers.go:4:14: leaking param: ps to result ~r0 level=1
./slice_of_pointers.go:16:21: []*int{...} does not escape
