./interface_struct_field.go:10:11: parameter v leaks to ~r0 for seal with derefs=0:
./interface_struct_field.go:10:11:   flow: ~r0 ← v:
./interface_struct_field.go:10:11:     from v (interface-converted) at ./interface_struct_field.go:11:27
./interface_struct_field.go:10:11:     from envelope{...} (struct literal element) at ./interface_struct_field.go:11:17
./interface_struct_field.go:10:11:     from return envelope{...} (return) at ./interface_struct_field.go:11:2
./interface_struct_field.go:10:11: leaking param: v to result ~r0 level=0
