./append_escaping.go:6:12: moved to heap: v
./append_escaping.go:7:14: append escapes to heap
