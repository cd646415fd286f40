./new_in_loop.go:12:10: &node{...} escapes to heap
./new_in_loop.go:16:13: new(node) does not escape
