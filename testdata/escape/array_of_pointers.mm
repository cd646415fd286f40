./array_of_pointers.go:6:14: a escapes to heap in fillArr:
./array_of_pointers.go:6:14:   flow: ~r0 ← &a:
./array_of_pointers.go:6:14:     from &a (address-of) at ./array_of_pointers.go:7:17
./array_of_pointers.go:6:14:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:14:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:14: parameter a leaks to ~r0 for fillArr with derefs=0:
./array_of_pointers.go:6:14:   flow: ~r0 ← &a:
./array_of_pointers.go:6:14:     from &a (address-of) at ./array_of_pointers.go:7:17
./array_of_pointers.go:6:14:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:14:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:17: b escapes to heap in fillArr:
./array_of_pointers.go:6:17:   flow: ~r0 ← &b:
./array_of_pointers.go:6:17:     from &b (address-of) at ./array_of_pointers.go:7:21
./array_of_pointers.go:6:17:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:17:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:17: parameter b leaks to ~r0 for fillArr with derefs=0:
./array_of_pointers.go:6:17:   flow: ~r0 ← &b:
./array_of_pointers.go:6:17:     from &b (address-of) at ./array_of_pointers.go:7:21
./array_of_pointers.go:6:17:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:17:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:20: c escapes to heap in fillArr:
./array_of_pointers.go:6:20:   flow: ~r0 ← &c:
./array_of_pointers.go:6:20:     from &c (address-of) at ./array_of_pointers.go:7:25
./array_of_pointers.go:6:20:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:20:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:20: parameter c leaks to ~r0 for fillArr with derefs=0:
./array_of_pointers.go:6:20:   flow: ~r0 ← &c:
./array_of_pointers.go:6:20:     from &c (address-of) at ./array_of_pointers.go:7:25
./array_of_pointers.go:6:20:     from [3]*int{...} (array literal element) at ./array_of_pointers.go:7:16
./array_of_pointers.go:6:20:     from return [3]*int{...} (return) at ./array_of_pointers.go:7:2
./array_of_pointers.go:6:14: moved to heap: a
./array_of_pointers.go:6:17: moved to heap: b
./array_of_pointers.go:6:20: moved to heap: c
