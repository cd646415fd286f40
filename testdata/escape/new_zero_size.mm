./new_zero_size.go:11:12: new(none) escapes to heap in main:
./new_zero_size.go:11:12:   flow: {heap} ← &{storage for new(none)}:
./new_zero_size.go:11:12:     from new(none) (spill) at ./new_zero_size.go:11:12
./new_zero_size.go:11:12:     from sink = new(none) (assign) at ./new_zero_size.go:11:7
./new_zero_size.go:9:10: new(none) does not escape
./new_zero_size.go:10:7: &none{} does not escape
./new_zero_size.go:11:12: new(none) escapes to heap
