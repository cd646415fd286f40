./interface_assert_method_leaks.go:10:15: leaking param: v
./interface_assert_method_leaks.go:19:19: q escapes to heap
