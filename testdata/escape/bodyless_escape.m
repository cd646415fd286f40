./bodyless_escape.go:10:14: leaking param: to
./bodyless_escape.go:10:18: leaking param: from
./bodyless_escape.go:10:39: assuming n is unsafe uintptr
./bodyless_escape.go:13:2: moved to heap: src
./bodyless_escape.go:14:6: moved to heap: dst
