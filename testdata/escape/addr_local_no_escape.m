./addr_local_no_escape.go:4:10: p does not escape
./addr_local_no_escape.go:4:18: q does not escape
