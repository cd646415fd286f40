./store_global_pointer.go:7:2: x escapes to heap in keep:
./store_global_pointer.go:7:2:   flow: {heap} ← &x:
./store_global_pointer.go:7:2:     from &x (address-of) at ./store_global_pointer.go:8:11
./store_global_pointer.go:7:2:     from global = &x (assign) at ./store_global_pointer.go:8:9
./store_global_pointer.go:7:2: moved to heap: x
