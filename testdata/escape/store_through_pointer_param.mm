./store_through_pointer_param.go:6:19: parameter v leaks to {heap} for fill with derefs=0:
./store_through_pointer_param.go:6:19:   flow: {heap} ← v:
./store_through_pointer_param.go:6:19:     from b.p = v (assign) at ./store_through_pointer_param.go:7:6
./store_through_pointer_param.go:6:11: b does not escape
./store_through_pointer_param.go:6:19: leaking param: v
./store_through_pointer_param.go:12:2: x escapes to heap in main:
./store_through_pointer_param.go:12:2:   flow: {heap} ← &x:
./store_through_pointer_param.go:12:2:     from &x (address-of) at ./store_through_pointer_param.go:13:11
./store_through_pointer_param.go:12:2:     from fill(&b, &x) (call parameter) at ./store_through_pointer_param.go:13:6
./store_through_pointer_param.go:12:2: moved to heap: x
