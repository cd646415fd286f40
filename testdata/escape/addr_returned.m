./addr_returned.go:5:2: moved to heap: n
