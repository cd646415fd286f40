./map_param.go:4:10: m does not escape
./map_param.go:4:28: leaking param: k
./map_param.go:8:13: m does not escape
./map_param.go:8:32: k does not escape
./map_param.go:16:2: moved to heap: x
./map_param.go:13:21: map[string]int{} does not escape
./map_param.go:17:23: map[string]*int{...} does not escape
