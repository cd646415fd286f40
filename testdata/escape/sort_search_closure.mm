./sort_search_closure.go:7:2: main capturing by value: xs (addr=false assign=false width=24)
./sort_search_closure.go:8:2: main capturing by value: target (addr=false assign=false width=8)
./sort_search_closure.go:7:13: []int{...} does not escape
./sort_search_closure.go:9:28: func literal does not escape
