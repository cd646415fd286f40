./ptrlit_implicit_limit.go:14:7: &tooBig{} escapes to heap in main:
./ptrlit_implicit_limit.go:14:7:   flow: {heap} ← &{storage for &tooBig{}}:
./ptrlit_implicit_limit.go:14:7:     from &tooBig{} (too large for stack) at ./ptrlit_implicit_limit.go:14:7
./ptrlit_implicit_limit.go:13:7: &fits{} does not escape
./ptrlit_implicit_limit.go:14:7: &tooBig{} escapes to heap
