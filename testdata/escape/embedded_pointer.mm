./embedded_pointer.go:6:7: e does not escape
./embedded_pointer.go:14:21: &engine{...} escapes to heap in newCar:
./embedded_pointer.go:14:21:   flow: ~r0 ← &{storage for &engine{...}}:
./embedded_pointer.go:14:21:     from &engine{...} (spill) at ./embedded_pointer.go:14:21
./embedded_pointer.go:14:21:     from car{...} (struct literal element) at ./embedded_pointer.go:14:12
./embedded_pointer.go:14:21:     from return car{...} (return) at ./embedded_pointer.go:14:2
./embedded_pointer.go:14:21: &engine{...} escapes to heap
