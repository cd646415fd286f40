./interface_pointer_receiver.go:8:7: leaking param: p to result ~r0 level=1
./interface_pointer_receiver.go:10:11: leaking param: s
./interface_pointer_receiver.go:13:2: moved to heap: p
