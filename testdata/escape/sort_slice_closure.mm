./sort_slice_closure.go:13:13: people escapes to heap in main:
./sort_slice_closure.go:13:13:   flow: {heap} ← &{storage for people}:
./sort_slice_closure.go:13:13:     from people (spill) at ./sort_slice_closure.go:13:13
./sort_slice_closure.go:13:13:     from sort.Slice(people, func literal) (call parameter) at ./sort_slice_closure.go:13:12
./sort_slice_closure.go:12:2: main capturing by value: people (addr=false assign=false width=24)
./sort_slice_closure.go:12:20: []person{...} escapes to heap in main:
./sort_slice_closure.go:12:20:   flow: people ← &{storage for []person{...}}:
./sort_slice_closure.go:12:20:     from []person{...} (spill) at ./sort_slice_closure.go:12:20
./sort_slice_closure.go:12:20:     from people := []person{...} (assign) at ./sort_slice_closure.go:12:9
./sort_slice_closure.go:12:20:   flow: {storage for people} ← people:
./sort_slice_closure.go:12:20:     from people (interface-converted) at ./sort_slice_closure.go:13:13
./sort_slice_closure.go:12:20: []person{...} escapes to heap
./sort_slice_closure.go:13:13: people escapes to heap
./sort_slice_closure.go:13:21: func literal does not escape
