./pointer_method_on_addressable.go:6:40: append(a.v, x) escapes to heap in (*acc).add:
./pointer_method_on_addressable.go:6:40:   flow: {heap} ← &{storage for append(a.v, x)}:
./pointer_method_on_addressable.go:6:40:     from append(a.v, x) (spill) at ./pointer_method_on_addressable.go:6:40
./pointer_method_on_addressable.go:6:40:     from a.v = append(a.v, x) (assign) at ./pointer_method_on_addressable.go:6:32
./pointer_method_on_addressable.go:6:7: parameter a leaks to {heap} for (*acc).add with derefs=1:
./pointer_method_on_addressable.go:6:7:   flow: {temp} ← *a:
./pointer_method_on_addressable.go:6:7:     from a.v (dot of pointer) at ./pointer_method_on_addressable.go:6:42
./pointer_method_on_addressable.go:6:7:     from append(a.v, x) (call parameter) at ./pointer_method_on_addressable.go:6:40
./pointer_method_on_addressable.go:6:7:   flow: {heap} ← {temp}:
./pointer_method_on_addressable.go:6:7:     from a.v = append(a.v, x) (assign) at ./pointer_method_on_addressable.go:6:32
./pointer_method_on_addressable.go:6:7: leaking param content: a
./pointer_method_on_addressable.go:6:40: append escapes to heap
./pointer_method_on_addressable.go:8:7: a does not escape
