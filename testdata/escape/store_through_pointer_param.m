./store_through_pointer_param.go:6:11: b does not escape
./store_through_pointer_param.go:6:19: leaking param: v
./store_through_pointer_param.go:12:2: moved to heap: x
