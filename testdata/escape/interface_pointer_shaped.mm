./interface_pointer_shaped.go:9:7: &T{...} escapes to heap in main:
./interface_pointer_shaped.go:9:7:   flow: t ← &{storage for &T{...}}:
./interface_pointer_shaped.go:9:7:     from &T{...} (spill) at ./interface_pointer_shaped.go:9:7
./interface_pointer_shaped.go:9:7:     from t := &T{...} (assign) at ./interface_pointer_shaped.go:9:4
./interface_pointer_shaped.go:9:7:   flow: {heap} ← t:
./interface_pointer_shaped.go:9:7:     from t (interface-converted) at ./interface_pointer_shaped.go:10:9
./interface_pointer_shaped.go:9:7:     from sink = t (assign) at ./interface_pointer_shaped.go:10:7
./interface_pointer_shaped.go:11:18: map[int]int{...} escapes to heap in main:
./interface_pointer_shaped.go:11:18:   flow: m ← &{storage for map[int]int{...}}:
./interface_pointer_shaped.go:11:18:     from map[int]int{...} (spill) at ./interface_pointer_shaped.go:11:18
./interface_pointer_shaped.go:11:18:     from m := map[int]int{...} (assign) at ./interface_pointer_shaped.go:11:4
./interface_pointer_shaped.go:11:18:   flow: {heap} ← m:
./interface_pointer_shaped.go:11:18:     from m (interface-converted) at ./interface_pointer_shaped.go:12:9
./interface_pointer_shaped.go:11:18:     from sink = m (assign) at ./interface_pointer_shaped.go:12:7
./interface_pointer_shaped.go:9:7: &T{...} escapes to heap
./interface_pointer_shaped.go:11:18: map[int]int{...} escapes to heap
