./param_array_pointer_slice.go:4:13: leaking param: a to result ~r0 level=0
