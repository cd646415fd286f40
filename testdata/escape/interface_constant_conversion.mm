./interface_constant_conversion.go:7:9: 42 escapes to heap in main:
./interface_constant_conversion.go:7:9:   flow: {heap} ← &{storage for 42}:
./interface_constant_conversion.go:7:9:     from 42 (spill) at ./interface_constant_conversion.go:7:9
./interface_constant_conversion.go:7:9:     from sink = 42 (assign) at ./interface_constant_conversion.go:7:7
./interface_constant_conversion.go:8:9: "hello" escapes to heap in main:
./interface_constant_conversion.go:8:9:   flow: {heap} ← &{storage for "hello"}:
./interface_constant_conversion.go:8:9:     from "hello" (spill) at ./interface_constant_conversion.go:8:9
./interface_constant_conversion.go:8:9:     from sink = "hello" (assign) at ./interface_constant_conversion.go:8:7
./interface_constant_conversion.go:9:9: true escapes to heap in main:
./interface_constant_conversion.go:9:9:   flow: {heap} ← &{storage for true}:
./interface_constant_conversion.go:9:9:     from true (spill) at ./interface_constant_conversion.go:9:9
./interface_constant_conversion.go:9:9:     from sink = true (assign) at ./interface_constant_conversion.go:9:7
./interface_constant_conversion.go:11:9: small escapes to heap in main:
./interface_constant_conversion.go:11:9:   flow: {heap} ← &{storage for small}:
./interface_constant_conversion.go:11:9:     from small (spill) at ./interface_constant_conversion.go:11:9
./interface_constant_conversion.go:11:9:     from sink = small (assign) at ./interface_constant_conversion.go:11:7
./interface_constant_conversion.go:7:9: 42 escapes to heap
./interface_constant_conversion.go:8:9: "hello" escapes to heap
./interface_constant_conversion.go:9:9: true escapes to heap
./interface_constant_conversion.go:11:9: uint8(200) escapes to heap
