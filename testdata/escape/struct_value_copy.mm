./struct_value_copy.go:11:14: parameter o leaks to ~r0 for extract with derefs=0:
./struct_value_copy.go:11:14:   flow: ~r0 ← o:
./struct_value_copy.go:11:14:     from o.in (dot) at ./struct_value_copy.go:12:10
./struct_value_copy.go:11:14:     from o.in.p (dot) at ./struct_value_copy.go:12:13
./struct_value_copy.go:11:14:     from return o.in.p (return) at ./struct_value_copy.go:12:2
./struct_value_copy.go:11:14: leaking param: o to result ~r0 level=0
