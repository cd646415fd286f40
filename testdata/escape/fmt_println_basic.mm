./fmt_println_basic.go:9:14: 42 escapes to heap in main:
./fmt_println_basic.go:9:14:   flow: {storage for ... argument} ← &{storage for 42}:
./fmt_println_basic.go:9:14:     from 42 (spill) at ./fmt_println_basic.go:9:14
./fmt_println_basic.go:9:14:     from ... argument (slice-literal-element) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:9:14:   flow: {heap} ← {storage for ... argument}:
./fmt_println_basic.go:9:14:     from ... argument (spill) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:9:17: "hi" escapes to heap in main:
./fmt_println_basic.go:9:17:   flow: {storage for ... argument} ← &{storage for "hi"}:
./fmt_println_basic.go:9:17:     from "hi" (spill) at ./fmt_println_basic.go:9:17
./fmt_println_basic.go:9:17:     from ... argument (slice-literal-element) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:9:17:   flow: {heap} ← {storage for ... argument}:
./fmt_println_basic.go:9:17:     from ... argument (spill) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_basic.go:9:13
./fmt_println_basic.go:11:14: y escapes to heap in main:
./fmt_println_basic.go:11:14:   flow: {storage for ... argument} ← &{storage for y}:
./fmt_println_basic.go:11:14:     from y (spill) at ./fmt_println_basic.go:11:14
./fmt_println_basic.go:11:14:     from ... argument (slice-literal-element) at ./fmt_println_basic.go:11:13
./fmt_println_basic.go:11:14:   flow: {heap} ← {storage for ... argument}:
./fmt_println_basic.go:11:14:     from ... argument (spill) at ./fmt_println_basic.go:11:13
./fmt_println_basic.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_println_basic.go:11:13
./fmt_println_basic.go:9:13: ... argument does not escape
./fmt_println_basic.go:9:14: 42 escapes to heap
./fmt_println_basic.go:9:17: "hi" escapes to heap
./fmt_println_basic.go:11:13: ... argument does not escape
./fmt_println_basic.go:11:14: y escapes to heap
