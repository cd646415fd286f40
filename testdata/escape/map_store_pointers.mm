./map_store_pointers.go:8:2: u escapes to heap in main:
./map_store_pointers.go:8:2:   flow: {heap} ← &u:
./map_store_pointers.go:8:2:     from &u (address-of) at ./map_store_pointers.go:9:13
./map_store_pointers.go:8:2:     from m["bob"] = &u (assign) at ./map_store_pointers.go:9:11
./map_store_pointers.go:10:7: &user{...} escapes to heap in main:
./map_store_pointers.go:10:7:   flow: v ← &{storage for &user{...}}:
./map_store_pointers.go:10:7:     from &user{...} (spill) at ./map_store_pointers.go:10:7
./map_store_pointers.go:10:7:     from v := &user{...} (assign) at ./map_store_pointers.go:10:4
./map_store_pointers.go:10:7:   flow: {heap} ← v:
./map_store_pointers.go:10:7:     from m["eve"] = v (assign) at ./map_store_pointers.go:11:11
./map_store_pointers.go:8:2: moved to heap: u
./map_store_pointers.go:7:11: make(map[string]*user) does not escape
./map_store_pointers.go:10:7: &user{...} escapes to heap
