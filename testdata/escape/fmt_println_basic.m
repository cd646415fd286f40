./fmt_println_basic.go:9:13: ... argument does not escape
./fmt_println_basic.go:9:14: 42 escapes to heap
./fmt_println_basic.go:9:17: "hi" escapes to heap
./fmt_println_basic.go:11:13: ... argument does not escape
./fmt_println_basic.go:11:14: y escapes to heap
