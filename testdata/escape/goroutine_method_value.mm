./goroutine_method_value.go:9:7: j does not escape
./goroutine_method_value.go:13:2: func literal escapes to heap in main:
./goroutine_method_value.go:13:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_method_value.go:13:2:     from func literal (spill) at ./goroutine_method_value.go:13:2
./goroutine_method_value.go:13:6: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
./goroutine_method_value.go:12:2: j escapes to heap in main:
./goroutine_method_value.go:12:2:   flow: .autotmp_1 ← &j:
./goroutine_method_value.go:12:2:     from j (address-of) at ./goroutine_method_value.go:13:6
./goroutine_method_value.go:12:2:     from .autotmp_1 = j (assign-pair) at ./goroutine_method_value.go:13:2
./goroutine_method_value.go:12:2:   flow: {storage for func literal} ← .autotmp_1:
./goroutine_method_value.go:12:2:     from .autotmp_1 (captured by a closure) at ./goroutine_method_value.go:13:6
./goroutine_method_value.go:12:2: moved to heap: j
