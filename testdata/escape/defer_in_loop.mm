./defer_in_loop.go:10:3: func literal escapes to heap in main:
./defer_in_loop.go:10:3:   flow: {heap} ← &{storage for func literal}:
./defer_in_loop.go:10:3:     from func literal (spill) at ./defer_in_loop.go:10:3
./defer_in_loop.go:10:3: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
