./new_implicit_limit.go:9:10: new(bigPage) escapes to heap in main:
./new_implicit_limit.go:9:10:   flow: {heap} ← &{storage for new(bigPage)}:
./new_implicit_limit.go:9:10:     from new(bigPage) (too large for stack) at ./new_implicit_limit.go:9:10
./new_implicit_limit.go:8:10: new(page) does not escape
./new_implicit_limit.go:9:10: new(bigPage) escapes to heap
