./variadic_pointers.go:6:15: parameter ps leaks to {heap} for pickLast with derefs=1:
./variadic_pointers.go:6:15:   flow: {heap} ← *ps:
./variadic_pointers.go:6:15:     from ps[len(ps) - 1] (dot of pointer) at ./variadic_pointers.go:8:12
./variadic_pointers.go:6:15:     from last = ps[len(ps) - 1] (assign) at ./variadic_pointers.go:8:8
./variadic_pointers.go:6:15: leaking param content: ps
./variadic_pointers.go:12:10: ps does not escape
./variadic_pointers.go:21:8: c escapes to heap in main:
./variadic_pointers.go:21:8:   flow: {storage for ... argument} ← &c:
./variadic_pointers.go:21:8:     from &c (address-of) at ./variadic_pointers.go:23:11
./variadic_pointers.go:21:8:     from ... argument (slice-literal-element) at ./variadic_pointers.go:23:10
./variadic_pointers.go:21:8:   flow: {heap} ← {storage for ... argument}:
./variadic_pointers.go:21:8:     from ... argument (spill) at ./variadic_pointers.go:23:10
./variadic_pointers.go:21:8:     from pickLast(... argument...) (call parameter) at ./variadic_pointers.go:23:10
./variadic_pointers.go:21:8: moved to heap: c
./variadic_pointers.go:22:13: ... argument does not escape
./variadic_pointers.go:23:10: ... argument does not escape
