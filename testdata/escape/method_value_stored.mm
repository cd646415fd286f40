./method_value_stored.go:6:7: l does not escape
./method_value_stored.go:6:22: s does not escape
./method_value_stored.go:12:11: l.log escapes to heap in main:
./method_value_stored.go:12:11:   flow: {heap} ← &{storage for l.log}:
./method_value_stored.go:12:11:     from l.log (spill) at ./method_value_stored.go:12:11
./method_value_stored.go:12:11:     from saved = l.log (assign) at ./method_value_stored.go:12:8
./method_value_stored.go:11:2: l escapes to heap in main:
./method_value_stored.go:11:2:   flow: {temp} ← &l:
./method_value_stored.go:11:2:     from l (address-of) at ./method_value_stored.go:12:11
./method_value_stored.go:11:2:   flow: {storage for l.log} ← {temp}:
./method_value_stored.go:11:2: moved to heap: l
./method_value_stored.go:12:11: l.log escapes to heap
