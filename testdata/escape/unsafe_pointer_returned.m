./unsafe_pointer_returned.go:11:13: leaking param: h to result ~r0 level=0
