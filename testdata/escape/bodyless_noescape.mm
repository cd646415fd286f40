./bodyless_noescape.go:11:14: to does not escape
./bodyless_noescape.go:11:18: from does not escape
./bodyless_noescape.go:11:39: assuming n is unsafe uintptr
