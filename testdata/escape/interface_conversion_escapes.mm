./interface_conversion_escapes.go:8:11: parameter v leaks to {heap} for keep with derefs=0:
./interface_conversion_escapes.go:8:11:   flow: {heap} ← v:
./interface_conversion_escapes.go:8:11:     from sink = v (assign) at ./interface_conversion_escapes.go:9:7
./interface_conversion_escapes.go:8:11: leaking param: v
./interface_conversion_escapes.go:14:7: q escapes to heap in main:
./interface_conversion_escapes.go:14:7:   flow: {heap} ← &{storage for q}:
./interface_conversion_escapes.go:14:7:     from q (spill) at ./interface_conversion_escapes.go:14:7
./interface_conversion_escapes.go:14:7:     from keep(q) (call parameter) at ./interface_conversion_escapes.go:14:6
./interface_conversion_escapes.go:16:7: n escapes to heap in main:
./interface_conversion_escapes.go:16:7:   flow: {heap} ← &{storage for n}:
./interface_conversion_escapes.go:16:7:     from n (spill) at ./interface_conversion_escapes.go:16:7
./interface_conversion_escapes.go:16:7:     from keep(n) (call parameter) at ./interface_conversion_escapes.go:16:6
./interface_conversion_escapes.go:14:7: q escapes to heap
./interface_conversion_escapes.go:16:7: 77 escapes to heap
