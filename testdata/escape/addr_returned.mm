./addr_returned.go:5:2: n escapes to heap in counter:
./addr_returned.go:5:2:   flow: ~r0 ← &n:
./addr_returned.go:5:2:     from &n (address-of) at ./addr_returned.go:7:9
./addr_returned.go:5:2:     from return &n (return) at ./addr_returned.go:7:2
./addr_returned.go:5:2: moved to heap: n
