./method_value_stored.go:6:7: l does not escape
./method_value_stored.go:6:22: s does not escape
./method_value_stored.go:11:2: moved to heap: l
./method_value_stored.go:12:11: l.log escapes to heap
