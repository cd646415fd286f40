./string_from_rune_byte.go:8:14: string(r) does not escape
./string_from_rune_byte.go:10:18: string(rune(b)) does not escape
