./param_array_pointer_slice.go:4:13: parameter a leaks to ~r0 for middle with derefs=0:
./param_array_pointer_slice.go:4:13:   flow: ~r0 ← a:
./param_array_pointer_slice.go:4:13:     from a[1:4] (slice) at ./param_array_pointer_slice.go:5:10
./param_array_pointer_slice.go:4:13:     from return a[1:4] (return) at ./param_array_pointer_slice.go:5:2
./param_array_pointer_slice.go:4:13: leaking param: a to result ~r0 level=0
