./fmt_stringer.go:8:20: ... argument does not escape
./fmt_stringer.go:8:37: float64(c) escapes to heap
./fmt_stringer.go:13:13: ... argument does not escape
./fmt_stringer.go:13:14: celsius(21.5) escapes to heap
./fmt_stringer.go:14:13: ... argument does not escape
./fmt_stringer.go:14:22: celsius.String(t) escapes to heap
