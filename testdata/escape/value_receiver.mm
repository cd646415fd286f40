./value_receiver.go:8:7: r escapes to heap in rect.ptrToW:
./value_receiver.go:8:7:   flow: ~r0 ← &r:
./value_receiver.go:8:7:     from r.w (dot) at ./value_receiver.go:8:40
./value_receiver.go:8:7:     from &r.w (address-of) at ./value_receiver.go:8:38
./value_receiver.go:8:7:     from return &r.w (return) at ./value_receiver.go:8:31
./value_receiver.go:8:7: parameter r leaks to ~r0 for rect.ptrToW with derefs=0:
./value_receiver.go:8:7:   flow: ~r0 ← &r:
./value_receiver.go:8:7:     from r.w (dot) at ./value_receiver.go:8:40
./value_receiver.go:8:7:     from &r.w (address-of) at ./value_receiver.go:8:38
./value_receiver.go:8:7:     from return &r.w (return) at ./value_receiver.go:8:31
./value_receiver.go:8:7: moved to heap: r
