./goroutine_pointer_arg.go:4:14: p does not escape
./goroutine_pointer_arg.go:4:22: done does not escape
./goroutine_pointer_arg.go:12:2: func literal escapes to heap in main:
./goroutine_pointer_arg.go:12:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_pointer_arg.go:12:2:     from func literal (spill) at ./goroutine_pointer_arg.go:12:2
./goroutine_pointer_arg.go:12:13: main capturing by value: .autotmp_2 (addr=false assign=false width=8)
./goroutine_pointer_arg.go:12:2: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./goroutine_pointer_arg.go:11:2: v escapes to heap in main:
./goroutine_pointer_arg.go:11:2:   flow: .autotmp_2 ← &v:
./goroutine_pointer_arg.go:11:2:     from &v (address-of) at ./goroutine_pointer_arg.go:12:13
./goroutine_pointer_arg.go:11:2:     from .autotmp_2, .autotmp_3 = &v, done (assign-pair) at ./goroutine_pointer_arg.go:12:2
./goroutine_pointer_arg.go:11:2:   flow: {storage for func literal} ← .autotmp_2:
./goroutine_pointer_arg.go:11:2:     from .autotmp_2 (captured by a closure) at ./goroutine_pointer_arg.go:12:13
./goroutine_pointer_arg.go:11:2: moved to heap: v
