./fmt_println_pointer.go:9:7: &pt{...} does not escape
./fmt_println_pointer.go:10:13: ... argument does not escape
./fmt_println_pointer.go:10:14: p escapes to heap
./fmt_println_pointer.go:10:17: *q escapes to heap
./fmt_println_pointer.go:10:22: q.x escapes to heap
./fmt_println_pointer.go:12:13: ... argument does not escape
./fmt_println_pointer.go:12:17: &n != nil escapes to heap
