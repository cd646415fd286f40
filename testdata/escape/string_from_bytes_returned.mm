./string_from_bytes_returned.go:11:16: string(b) escapes to heap in upper:
./string_from_bytes_returned.go:11:16:   flow: ~r0 ← &{storage for string(b)}:
./string_from_bytes_returned.go:11:16:     from string(b) (spill) at ./string_from_bytes_returned.go:11:16
./string_from_bytes_returned.go:11:16:     from return string(b) (return) at ./string_from_bytes_returned.go:11:2
./string_from_bytes_returned.go:4:12: s does not escape
./string_from_bytes_returned.go:5:14: ([]byte)(s) does not escape
./string_from_bytes_returned.go:11:16: string(b) escapes to heap
