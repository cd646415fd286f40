./new_in_loop.go:12:10: &node{...} escapes to heap in main:
./new_in_loop.go:12:10:   flow: head ← &{storage for &node{...}}:
./new_in_loop.go:12:10:     from &node{...} (spill) at ./new_in_loop.go:12:10
./new_in_loop.go:12:10:     from head = &node{...} (assign) at ./new_in_loop.go:12:8
./new_in_loop.go:12:10: &node{...} escapes to heap
./new_in_loop.go:16:13: new(node) does not escape
