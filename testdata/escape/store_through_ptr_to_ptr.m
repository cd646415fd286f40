./store_through_ptr_to_ptr.go:4:10: dst does not escape
./store_through_ptr_to_ptr.go:4:21: leaking param: src
./store_through_ptr_to_ptr.go:10:2: moved to heap: v
