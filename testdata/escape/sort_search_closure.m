./sort_search_closure.go:7:13: []int{...} does not escape
./sort_search_closure.go:9:28: func literal does not escape
