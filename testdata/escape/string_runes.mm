./string_runes.go:7:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./string_runes.go:7:14: reverse ignoring self-assignment in r[i], r[j] = r[j], r[i]
./string_runes.go:9:16: string(r) escapes to heap in reverse:
./string_runes.go:9:16:   flow: ~r0 ← &{storage for string(r)}:
./string_runes.go:9:16:     from string(r) (spill) at ./string_runes.go:9:16
./string_runes.go:9:16:     from return string(r) (return) at ./string_runes.go:9:2
./string_runes.go:4:14: s does not escape
./string_runes.go:5:14: ([]rune)(s) does not escape
./string_runes.go:9:16: string(r) escapes to heap
./string_runes.go:13:18: []rune{...} does not escape
