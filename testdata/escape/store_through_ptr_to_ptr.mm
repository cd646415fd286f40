./store_through_ptr_to_ptr.go:4:21: parameter src leaks to {heap} for set with derefs=0:
./store_through_ptr_to_ptr.go:4:21:   flow: {heap} ← src:
./store_through_ptr_to_ptr.go:4:21:     from *dst = src (assign) at ./store_through_ptr_to_ptr.go:5:7
./store_through_ptr_to_ptr.go:4:10: dst does not escape
./store_through_ptr_to_ptr.go:4:21: leaking param: src
./store_through_ptr_to_ptr.go:10:2: v escapes to heap in main:
./store_through_ptr_to_ptr.go:10:2:   flow: {heap} ← &v:
./store_through_ptr_to_ptr.go:10:2:     from &v (address-of) at ./store_through_ptr_to_ptr.go:11:10
./store_through_ptr_to_ptr.go:10:2:     from set(&p, &v) (call parameter) at ./store_through_ptr_to_ptr.go:11:5
./store_through_ptr_to_ptr.go:10:2: moved to heap: v
