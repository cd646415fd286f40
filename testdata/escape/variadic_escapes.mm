./variadic_escapes.go:7:18: append(history, vals) escapes to heap in record:
./variadic_escapes.go:7:18:   flow: {heap} ← &{storage for append(history, vals)}:
./variadic_escapes.go:7:18:     from append(history, vals) (spill) at ./variadic_escapes.go:7:18
./variadic_escapes.go:7:18:     from history = append(history, vals) (assign) at ./variadic_escapes.go:7:10
./variadic_escapes.go:6:13: parameter vals leaks to {heap} for record with derefs=0:
./variadic_escapes.go:6:13:   flow: {heap} ← vals:
./variadic_escapes.go:6:13:     from append(history, vals) (call parameter) at ./variadic_escapes.go:7:18
./variadic_escapes.go:6:13: leaking param: vals
./variadic_escapes.go:7:18: append escapes to heap
./variadic_escapes.go:11:8: ... argument escapes to heap in main:
./variadic_escapes.go:11:8:   flow: {heap} ← &{storage for ... argument}:
./variadic_escapes.go:11:8:     from ... argument (spill) at ./variadic_escapes.go:11:8
./variadic_escapes.go:11:8:     from record(... argument...) (call parameter) at ./variadic_escapes.go:11:8
./variadic_escapes.go:12:8: ... argument escapes to heap in main:
./variadic_escapes.go:12:8:   flow: {heap} ← &{storage for ... argument}:
./variadic_escapes.go:12:8:     from ... argument (spill) at ./variadic_escapes.go:12:8
./variadic_escapes.go:12:8:     from record(... argument...) (call parameter) at ./variadic_escapes.go:12:8
./variadic_escapes.go:11:8: ... argument escapes to heap
./variadic_escapes.go:12:8: ... argument escapes to heap
