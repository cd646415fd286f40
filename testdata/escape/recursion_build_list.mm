./recursion_build_list.go:13:9: &list{...} escapes to heap in build:
./recursion_build_list.go:13:9:   flow: ~r0 ← &{storage for &list{...}}:
./recursion_build_list.go:13:9:     from &list{...} (spill) at ./recursion_build_list.go:13:9
./recursion_build_list.go:13:9:     from return &list{...} (return) at ./recursion_build_list.go:13:2
./recursion_build_list.go:13:9: &list{...} escapes to heap
