./struct_field_pointer_escape.go:12:18: parameter it leaks to {heap} for put with derefs=0:
./struct_field_pointer_escape.go:12:18:   flow: {heap} ← it:
./struct_field_pointer_escape.go:12:18:     from b.it = it (assign) at ./struct_field_pointer_escape.go:13:7
./struct_field_pointer_escape.go:12:10: b does not escape
./struct_field_pointer_escape.go:12:18: leaking param: it
./struct_field_pointer_escape.go:17:2: x escapes to heap in main:
./struct_field_pointer_escape.go:17:2:   flow: {heap} ← &x:
./struct_field_pointer_escape.go:17:2:     from &x (address-of) at ./struct_field_pointer_escape.go:20:14
./struct_field_pointer_escape.go:17:2:     from put(&local, &x) (call parameter) at ./struct_field_pointer_escape.go:20:5
./struct_field_pointer_escape.go:18:2: y escapes to heap in main:
./struct_field_pointer_escape.go:18:2:   flow: {heap} ← &y:
./struct_field_pointer_escape.go:18:2:     from &y (address-of) at ./struct_field_pointer_escape.go:21:15
./struct_field_pointer_escape.go:18:2:     from put(&global, &y) (call parameter) at ./struct_field_pointer_escape.go:21:5
./struct_field_pointer_escape.go:17:2: moved to heap: x
./struct_field_pointer_escape.go:18:2: moved to heap: y
