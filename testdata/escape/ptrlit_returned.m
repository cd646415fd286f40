./ptrlit_returned.go:7:9: &pair{...} escapes to heap
