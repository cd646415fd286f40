./map_param.go:4:28: parameter k leaks to {heap} for inc with derefs=0:
./map_param.go:4:28:   flow: {heap} ← k:
./map_param.go:4:28:     from m[k] (key of map put) at ./map_param.go:5:3
./map_param.go:4:10: m does not escape
./map_param.go:4:28: leaking param: k
./map_param.go:8:13: m does not escape
./map_param.go:8:32: k does not escape
./map_param.go:16:2: x escapes to heap in main:
./map_param.go:16:2:   flow: {heap} ← &x:
./map_param.go:16:2:     from &x (address-of) at ./map_param.go:17:29
./map_param.go:16:2:     from map[string]*int{...} (map literal value) at ./map_param.go:17:23
./map_param.go:16:2: moved to heap: x
./map_param.go:13:21: map[string]int{} does not escape
./map_param.go:17:23: map[string]*int{...} does not escape
