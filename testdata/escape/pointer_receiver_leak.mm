./pointer_receiver_leak.go:11:19: append(registry, a) escapes to heap in (*account).register:
./pointer_receiver_leak.go:11:19:   flow: {heap} ← &{storage for append(registry, a)}:
./pointer_receiver_leak.go:11:19:     from append(registry, a) (spill) at ./pointer_receiver_leak.go:11:19
./pointer_receiver_leak.go:11:19:     from registry = append(registry, a) (assign) at ./pointer_receiver_leak.go:11:11
./pointer_receiver_leak.go:10:7: parameter a leaks to {heap} for (*account).register with derefs=0:
./pointer_receiver_leak.go:10:7:   flow: {heap} ← a:
./pointer_receiver_leak.go:10:7:     from append(registry, a) (call parameter) at ./pointer_receiver_leak.go:11:19
./pointer_receiver_leak.go:10:7: leaking param: a
./pointer_receiver_leak.go:11:19: append escapes to heap
./pointer_receiver_leak.go:14:7: a does not escape
./pointer_receiver_leak.go:21:2: b escapes to heap in main:
./pointer_receiver_leak.go:21:2:   flow: {heap} ← &b:
./pointer_receiver_leak.go:21:2:     from b (address-of) at ./pointer_receiver_leak.go:22:3
./pointer_receiver_leak.go:21:2:     from (*account).register(b) (call parameter) at ./pointer_receiver_leak.go:22:12
./pointer_receiver_leak.go:21:2: moved to heap: b
