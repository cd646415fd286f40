./goroutine_value_args.go:4:20: out does not escape
./goroutine_value_args.go:10:2: func literal escapes to heap in main:
./goroutine_value_args.go:10:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_value_args.go:10:2:     from func literal (spill) at ./goroutine_value_args.go:10:2
./goroutine_value_args.go:10:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
