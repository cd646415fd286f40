./make_zero_sized_elem.go:7:11: make([]struct {}, 5) escapes to heap
./make_zero_sized_elem.go:8:11: make([]empty, 2, 4) escapes to heap
./make_zero_sized_elem.go:9:11: make([]int, 0) does not escape
