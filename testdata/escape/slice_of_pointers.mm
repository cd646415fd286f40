./slice_of_pointers.go:4:14: parameter ps leaks to ~r0 for largest with derefs=1:
./slice_of_pointers.go:4:14:   flow: best ← *ps:
./slice_of_pointers.go:4:14:     from ps[0] (dot of pointer) at ./slice_of_pointers.go:5:12
./slice_of_pointers.go:4:14:     from best := ps[0] (assign) at ./slice_of_pointers.go:5:7
./slice_of_pointers.go:4:14:   flow: ~r0 ← best:
./slice_of_pointers.go:4:14:     from return best (return) at ./slice_of_pointers.go:11:2
./slice_of_pointers.go:4:14: leaking param: ps to result ~r0 level=1
./slice_of_pointers.go:16:21: []*int{...} does not escape
