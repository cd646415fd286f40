./sort_slice_stable.go:7:19: xs escapes to heap in sortByKey:
./sort_slice_stable.go:7:19:   flow: {heap} ← &{storage for xs}:
./sort_slice_stable.go:7:19:     from xs (spill) at ./sort_slice_stable.go:7:19
./sort_slice_stable.go:7:19:     from sort.SliceStable(xs, func literal) (call parameter) at ./sort_slice_stable.go:7:18
./sort_slice_stable.go:6:29: sortByKey capturing by value: key (addr=false assign=false width=8)
./sort_slice_stable.go:6:16: sortByKey capturing by value: xs (addr=false assign=false width=24)
./sort_slice_stable.go:6:16: parameter xs leaks to {storage for xs} for sortByKey with derefs=0:
./sort_slice_stable.go:6:16:   flow: {storage for xs} ← xs:
./sort_slice_stable.go:6:16:     from xs (interface-converted) at ./sort_slice_stable.go:7:19
./sort_slice_stable.go:6:16: leaking param: xs
./sort_slice_stable.go:6:29: key does not escape
./sort_slice_stable.go:7:19: xs escapes to heap
./sort_slice_stable.go:7:23: func literal does not escape
./sort_slice_stable.go:13:16: []string{...} escapes to heap in main:
./sort_slice_stable.go:13:16:   flow: xs ← &{storage for []string{...}}:
./sort_slice_stable.go:13:16:     from []string{...} (spill) at ./sort_slice_stable.go:13:16
./sort_slice_stable.go:13:16:     from xs := []string{...} (assign) at ./sort_slice_stable.go:13:5
./sort_slice_stable.go:13:16:   flow: {heap} ← xs:
./sort_slice_stable.go:13:16:     from sortByKey(xs, key) (call parameter) at ./sort_slice_stable.go:15:11
./sort_slice_stable.go:13:16: []string{...} escapes to heap
./sort_slice_stable.go:14:23: map[string]int{...} does not escape
