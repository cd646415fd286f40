./generic_container.go:8:48: append escapes to heap
./generic_container.go:12:10: (*stack[go.shape.int]).pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
