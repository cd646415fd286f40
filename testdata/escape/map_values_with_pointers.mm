./map_values_with_pointers.go:9:32: map[string]entry{} escapes to heap in init:
./map_values_with_pointers.go:9:32:   flow: {heap} ← &{storage for map[string]entry{}}:
./map_values_with_pointers.go:9:32:     from map[string]entry{} (spill) at ./map_values_with_pointers.go:9:32
./map_values_with_pointers.go:9:32:     from registry = map[string]entry{} (assign) at ./map_values_with_pointers.go:9:5
./map_values_with_pointers.go:9:32: map[string]entry{} escapes to heap
./map_values_with_pointers.go:12:2: h escapes to heap in add:
./map_values_with_pointers.go:12:2:   flow: {heap} ← &h:
./map_values_with_pointers.go:12:2:     from &h (address-of) at ./map_values_with_pointers.go:13:31
./map_values_with_pointers.go:12:2:     from entry{...} (struct literal element) at ./map_values_with_pointers.go:13:24
./map_values_with_pointers.go:12:2:     from registry[name] = entry{...} (assign) at ./map_values_with_pointers.go:13:17
./map_values_with_pointers.go:11:10: parameter name leaks to {heap} for add with derefs=0:
./map_values_with_pointers.go:11:10:   flow: {heap} ← name:
./map_values_with_pointers.go:11:10:     from registry[name] (key of map put) at ./map_values_with_pointers.go:13:10
./map_values_with_pointers.go:11:23: parameter tags leaks to {heap} for add with derefs=0:
./map_values_with_pointers.go:11:23:   flow: {heap} ← tags:
./map_values_with_pointers.go:11:23:     from entry{...} (struct literal element) at ./map_values_with_pointers.go:13:24
./map_values_with_pointers.go:11:23:     from registry[name] = entry{...} (assign) at ./map_values_with_pointers.go:13:17
./map_values_with_pointers.go:11:10: leaking param: name
./map_values_with_pointers.go:11:23: leaking param: tags
./map_values_with_pointers.go:12:2: moved to heap: h
./map_values_with_pointers.go:17:5: ... argument escapes to heap in main:
./map_values_with_pointers.go:17:5:   flow: {heap} ← &{storage for ... argument}:
./map_values_with_pointers.go:17:5:     from ... argument (spill) at ./map_values_with_pointers.go:17:5
./map_values_with_pointers.go:17:5:     from add("a", ... argument...) (call parameter) at ./map_values_with_pointers.go:17:5
./map_values_with_pointers.go:17:5: ... argument escapes to heap
