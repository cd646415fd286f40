./map_pointer_key.go:5:2: a escapes to heap in main:
./map_pointer_key.go:5:2:   flow: {heap} ← &a:
./map_pointer_key.go:5:2:     from &a (address-of) at ./map_pointer_key.go:7:6
./map_pointer_key.go:5:2:     from set[&a] (key of map put) at ./map_pointer_key.go:7:5
./map_pointer_key.go:5:5: b escapes to heap in main:
./map_pointer_key.go:5:5:   flow: {heap} ← &b:
./map_pointer_key.go:5:5:     from &b (address-of) at ./map_pointer_key.go:8:6
./map_pointer_key.go:5:5:     from set[&b] (key of map put) at ./map_pointer_key.go:8:5
./map_pointer_key.go:5:2: moved to heap: a
./map_pointer_key.go:5:5: moved to heap: b
./map_pointer_key.go:6:22: map[*int]bool{} does not escape
