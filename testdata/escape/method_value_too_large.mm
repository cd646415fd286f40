./method_value_too_large.go:17:8: b.first escapes to heap in main:
./method_value_too_large.go:17:8:   flow: {heap} ← &{storage for b.first}:
./method_value_too_large.go:17:8:     from b.first (too large for stack) at ./method_value_too_large.go:17:8
./method_value_too_large.go:17:8: b.first escapes to heap
./method_value_too_large.go:20:8: s.first does not escape
