./param_leaks_heap.go:8:14: parameter r leaks to {heap} for publish with derefs=0:
./param_leaks_heap.go:8:14:   flow: {heap} ← r:
./param_leaks_heap.go:8:14:     from r (interface-converted) at ./param_leaks_heap.go:9:9
./param_leaks_heap.go:8:14:     from sink = r (assign) at ./param_leaks_heap.go:9:7
./param_leaks_heap.go:8:14: leaking param: r
./param_leaks_heap.go:13:7: &rec{...} escapes to heap in main:
./param_leaks_heap.go:13:7:   flow: r ← &{storage for &rec{...}}:
./param_leaks_heap.go:13:7:     from &rec{...} (spill) at ./param_leaks_heap.go:13:7
./param_leaks_heap.go:13:7:     from r := &rec{...} (assign) at ./param_leaks_heap.go:13:4
./param_leaks_heap.go:13:7:   flow: {heap} ← r:
./param_leaks_heap.go:13:7:     from publish(r) (call parameter) at ./param_leaks_heap.go:14:9
./param_leaks_heap.go:13:7: &rec{...} escapes to heap
