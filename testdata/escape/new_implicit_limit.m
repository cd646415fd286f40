./new_implicit_limit.go:8:10: new(page) does not escape
./new_implicit_limit.go:9:10: new(bigPage) escapes to heap
