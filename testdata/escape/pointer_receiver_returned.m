./pointer_receiver_returned.go:8:7: leaking param: b to result ~r0 level=0
