./recursion_build_list.go:13:9: &list{...} escapes to heap
