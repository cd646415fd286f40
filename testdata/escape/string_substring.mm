./string_substring.go:4:16: parameter s leaks to ~r0 for firstWord with derefs=0:
./string_substring.go:4:16:   flow: ~r0 ← s:
./string_substring.go:4:16:     from s[:i] (slice) at ./string_substring.go:7:12
./string_substring.go:4:16:     from return s[:i] (return) at ./string_substring.go:7:4
./string_substring.go:4:16: leaking param: s to result ~r0 level=0
