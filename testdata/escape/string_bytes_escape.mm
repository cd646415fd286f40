./string_bytes_escape.go:9:21: ([]byte)(s) escapes to heap in main:
./string_bytes_escape.go:9:21:   flow: {heap} ← &{storage for ([]byte)(s)}:
./string_bytes_escape.go:9:21:     from ([]byte)(s) (spill) at ./string_bytes_escape.go:9:21
./string_bytes_escape.go:9:21:     from keepBytes = ([]byte)(s) (assign) at ./string_bytes_escape.go:9:12
./string_bytes_escape.go:11:19: string(b) escapes to heap in main:
./string_bytes_escape.go:11:19:   flow: {heap} ← &{storage for string(b)}:
./string_bytes_escape.go:11:19:     from string(b) (spill) at ./string_bytes_escape.go:11:19
./string_bytes_escape.go:11:19:     from keepStr = string(b) (assign) at ./string_bytes_escape.go:11:10
./string_bytes_escape.go:9:21: ([]byte)(s) escapes to heap
./string_bytes_escape.go:10:13: []byte{...} does not escape
./string_bytes_escape.go:11:19: string(b) escapes to heap
