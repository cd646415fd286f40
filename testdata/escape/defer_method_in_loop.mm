./defer_method_in_loop.go:6:7: c does not escape
./defer_method_in_loop.go:12:3: func literal escapes to heap in process:
./defer_method_in_loop.go:12:3:   flow: {heap} ← &{storage for func literal}:
./defer_method_in_loop.go:12:3:     from func literal (spill) at ./defer_method_in_loop.go:12:3
./defer_method_in_loop.go:12:3: process capturing by value: .autotmp_4 (addr=false assign=false width=8)
./defer_method_in_loop.go:9:2: count escapes to heap in process:
./defer_method_in_loop.go:9:2:   flow: c ← &count:
./defer_method_in_loop.go:9:2:     from &count (address-of) at ./defer_method_in_loop.go:11:18
./defer_method_in_loop.go:9:2:     from closer{...} (struct literal element) at ./defer_method_in_loop.go:11:14
./defer_method_in_loop.go:9:2:     from c := closer{...} (assign) at ./defer_method_in_loop.go:11:5
./defer_method_in_loop.go:9:2:   flow: .autotmp_4 ← c:
./defer_method_in_loop.go:9:2:     from .autotmp_4 = c (assign-pair) at ./defer_method_in_loop.go:12:3
./defer_method_in_loop.go:9:2:   flow: {storage for func literal} ← .autotmp_4:
./defer_method_in_loop.go:9:2:     from .autotmp_4 (captured by a closure) at ./defer_method_in_loop.go:12:3
./defer_method_in_loop.go:9:2: moved to heap: count
