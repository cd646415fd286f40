./map_make_local.go:4:17: leaking param content: words
./map_make_local.go:5:14: make(map[string]bool) does not escape
./map_make_local.go:13:29: []string{...} does not escape
