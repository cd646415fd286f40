./unsafe_pointer_returned.go:11:13: parameter h leaks to ~r0 for asInts with derefs=0:
./unsafe_pointer_returned.go:11:13:   flow: ~r0 ← h:
./unsafe_pointer_returned.go:11:13:     from return (*[2]int32)(unsafe.Pointer(h)) (return) at ./unsafe_pointer_returned.go:12:2
./unsafe_pointer_returned.go:11:13: leaking param: h to result ~r0 level=0
