./map_make_local.go:4:17: parameter words leaks to {heap} for countWords with derefs=1:
./map_make_local.go:4:17:   flow: {temp} ← words:
./map_make_local.go:4:17:   flow: w ← *{temp}:
./map_make_local.go:4:17:     from for loop (range-deref) at ./map_make_local.go:6:14
./map_make_local.go:4:17:   flow: {heap} ← w:
./map_make_local.go:4:17:     from seen[w] (key of map put) at ./map_make_local.go:7:7
./map_make_local.go:4:17: leaking param content: words
./map_make_local.go:5:14: make(map[string]bool) does not escape
./map_make_local.go:13:29: []string{...} does not escape
