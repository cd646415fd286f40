./make_zero_sized_elem.go:7:11: make([]struct {}, 5) escapes to heap in main:
./make_zero_sized_elem.go:7:11:   flow: {heap} ← &{storage for make([]struct {}, 5)}:
./make_zero_sized_elem.go:7:11:     from make([]struct {}, 5) (zero-sized element) at ./make_zero_sized_elem.go:7:11
./make_zero_sized_elem.go:8:11: make([]empty, 2, 4) escapes to heap in main:
./make_zero_sized_elem.go:8:11:   flow: {heap} ← &{storage for make([]empty, 2, 4)}:
./make_zero_sized_elem.go:8:11:     from make([]empty, 2, 4) (zero-sized element) at ./make_zero_sized_elem.go:8:11
./make_zero_sized_elem.go:7:11: make([]struct {}, 5) escapes to heap
./make_zero_sized_elem.go:8:11: make([]empty, 2, 4) escapes to heap
./make_zero_sized_elem.go:9:11: make([]int, 0) does not escape
