./embedded_struct.go:8:7: b does not escape
./embedded_struct.go:16:9: &derived{...} escapes to heap in newDerived:
./embedded_struct.go:16:9:   flow: ~r0 ← &{storage for &derived{...}}:
./embedded_struct.go:16:9:     from &derived{...} (spill) at ./embedded_struct.go:16:9
./embedded_struct.go:16:9:     from return &derived{...} (return) at ./embedded_struct.go:16:2
./embedded_struct.go:15:17: id escapes to heap in newDerived:
./embedded_struct.go:15:17:   flow: {storage for &derived{...}} ← &id:
./embedded_struct.go:15:17:     from &id (address-of) at ./embedded_struct.go:16:33
./embedded_struct.go:15:17:     from base{...} (struct literal element) at ./embedded_struct.go:16:28
./embedded_struct.go:15:17:     from derived{...} (struct literal element) at ./embedded_struct.go:16:17
./embedded_struct.go:15:17: parameter id leaks to {storage for &derived{...}} for newDerived with derefs=0:
./embedded_struct.go:15:17:   flow: {storage for &derived{...}} ← &id:
./embedded_struct.go:15:17:     from &id (address-of) at ./embedded_struct.go:16:33
./embedded_struct.go:15:17:     from base{...} (struct literal element) at ./embedded_struct.go:16:28
./embedded_struct.go:15:17:     from derived{...} (struct literal element) at ./embedded_struct.go:16:17
./embedded_struct.go:15:17: moved to heap: id
./embedded_struct.go:16:9: &derived{...} escapes to heap
