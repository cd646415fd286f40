./map_make_escapes.go:7:11: make(map[int]int, n) escapes to heap in newIndex:
./map_make_escapes.go:7:11:   flow: m ← &{storage for make(map[int]int, n)}:
./map_make_escapes.go:7:11:     from make(map[int]int, n) (spill) at ./map_make_escapes.go:7:11
./map_make_escapes.go:7:11:     from m := make(map[int]int, n) (assign) at ./map_make_escapes.go:7:4
./map_make_escapes.go:7:11:   flow: ~r0 ← m:
./map_make_escapes.go:7:11:     from return m (return) at ./map_make_escapes.go:11:2
./map_make_escapes.go:7:11: make(map[int]int, n) escapes to heap
./map_make_escapes.go:15:14: make(map[int]int) escapes to heap in main:
./map_make_escapes.go:15:14:   flow: {heap} ← &{storage for make(map[int]int)}:
./map_make_escapes.go:15:14:     from make(map[int]int) (spill) at ./map_make_escapes.go:15:14
./map_make_escapes.go:15:14:     from cache = make(map[int]int) (assign) at ./map_make_escapes.go:15:8
./map_make_escapes.go:15:14: make(map[int]int) escapes to heap
