./new_returned.go:10:10: new(config) escapes to heap in defaults:
./new_returned.go:10:10:   flow: c ← &{storage for new(config)}:
./new_returned.go:10:10:     from new(config) (spill) at ./new_returned.go:10:10
./new_returned.go:10:10:     from c := new(config) (assign) at ./new_returned.go:10:4
./new_returned.go:10:10:   flow: ~r0 ← c:
./new_returned.go:10:10:     from return c (return) at ./new_returned.go:12:2
./new_returned.go:10:10: new(config) escapes to heap
