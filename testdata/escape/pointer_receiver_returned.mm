./pointer_receiver_returned.go:8:7: parameter b leaks to ~r0 for (*builder).add with derefs=0:
./pointer_receiver_returned.go:8:7:   flow: ~r0 ← b:
./pointer_receiver_returned.go:8:7:     from return b (return) at ./pointer_receiver_returned.go:10:2
./pointer_receiver_returned.go:8:7: leaking param: b to result ~r0 level=0
