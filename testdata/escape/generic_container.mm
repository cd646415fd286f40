./generic_container.go:8:48: append(s.items, v) escapes to heap in (*stack[go.shape.int]).push:
./generic_container.go:8:48:   flow: {heap} ← &{storage for append(s.items, v)}:
./generic_container.go:8:48:     from append(s.items, v) (spill) at ./generic_container.go:8:48
./generic_container.go:8:48:     from s.items = append(s.items, v) (assign) at ./generic_container.go:8:40
./generic_container.go:8:7: parameter s leaks to {heap} for (*stack[go.shape.int]).push with derefs=1:
./generic_container.go:8:7:   flow: {temp} ← *s:
./generic_container.go:8:7:     from s.items (dot of pointer) at ./generic_container.go:8:50
./generic_container.go:8:7:     from append(s.items, v) (call parameter) at ./generic_container.go:8:48
./generic_container.go:8:7:   flow: {heap} ← {temp}:
./generic_container.go:8:7:     from s.items = append(s.items, v) (assign) at ./generic_container.go:8:40
./generic_container.go:8:48: append escapes to heap
./generic_container.go:12:10: (*stack[go.shape.int]).pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./generic_container.go:8:7: parameter s leaks to {heap} for (*stack[int]).push with derefs=1:
./generic_container.go:8:7:   flow: {temp} ← s:
./generic_container.go:8:7:     from (*stack[go.shape.int]).push(s, &.dict.stack[int], v) (call parameter) at ./generic_container.go:8:6
./generic_container.go:8:7:   flow: {heap} ← *{temp}:
