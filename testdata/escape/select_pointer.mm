./select_pointer.go:7:2: x escapes to heap in main:
./select_pointer.go:7:2:   flow: {heap} ← &x:
./select_pointer.go:7:2:     from &x (address-of) at ./select_pointer.go:9:12
./select_pointer.go:7:2:     from a <- &x (send) at ./select_pointer.go:9:9
./select_pointer.go:7:2: moved to heap: x
