./pointer_receiver_leak.go:10:7: leaking param: a
./pointer_receiver_leak.go:11:19: append escapes to heap
./pointer_receiver_leak.go:14:7: a does not escape
./pointer_receiver_leak.go:21:2: moved to heap: b
