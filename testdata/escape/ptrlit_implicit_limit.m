./ptrlit_implicit_limit.go:13:7: &fits{} does not escape
./ptrlit_implicit_limit.go:14:7: &tooBig{} escapes to heap
