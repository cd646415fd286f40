./bodyless_escape.go:10:14: leaking param: to
./bodyless_escape.go:10:18: leaking param: from
./bodyless_escape.go:10:39: assuming n is unsafe uintptr
./bodyless_escape.go:14:6: dst escapes to heap in main:
./bodyless_escape.go:14:6:   flow: {heap} ← &dst:
./bodyless_escape.go:14:6:     from &dst (address-of) at ./bodyless_escape.go:15:25
./bodyless_escape.go:14:6:     from memmove(unsafe.Pointer(&dst), unsafe.Pointer(&src), uintptr(4)) (call parameter) at ./bodyless_escape.go:15:9
./bodyless_escape.go:13:2: src escapes to heap in main:
./bodyless_escape.go:13:2:   flow: {heap} ← &src:
./bodyless_escape.go:13:2:     from &src (address-of) at ./bodyless_escape.go:15:47
./bodyless_escape.go:13:2:     from memmove(unsafe.Pointer(&dst), unsafe.Pointer(&src), uintptr(4)) (call parameter) at ./bodyless_escape.go:15:9
./bodyless_escape.go:13:2: moved to heap: src
./bodyless_escape.go:14:6: moved to heap: dst
