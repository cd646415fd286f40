./pointer_to_pointer.go:4:10: pp does not escape
./pointer_to_pointer.go:8:25: parameter to leaks to {heap} for redirect with derefs=0:
./pointer_to_pointer.go:8:25:   flow: {heap} ← to:
./pointer_to_pointer.go:8:25:     from *pp = to (assign) at ./pointer_to_pointer.go:9:6
./pointer_to_pointer.go:8:15: pp does not escape
./pointer_to_pointer.go:8:25: leaking param: to
./pointer_to_pointer.go:13:5: b escapes to heap in main:
./pointer_to_pointer.go:13:5:   flow: {heap} ← &b:
./pointer_to_pointer.go:13:5:     from &b (address-of) at ./pointer_to_pointer.go:16:15
./pointer_to_pointer.go:13:5:     from redirect(&p, &b) (call parameter) at ./pointer_to_pointer.go:16:10
./pointer_to_pointer.go:13:5: moved to heap: b
