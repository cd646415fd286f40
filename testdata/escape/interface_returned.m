./interface_returned.go:11:13: intv(n) escapes to heap
