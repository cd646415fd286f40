./closure_struct_field.go:9:27: newTask capturing by value: v (addr=false assign=false width=8)
./closure_struct_field.go:9:14: parameter name leaks to ~r0 for newTask with derefs=0:
./closure_struct_field.go:9:14:   flow: ~r0 ← name:
./closure_struct_field.go:9:14:     from task{...} (struct literal element) at ./closure_struct_field.go:10:13
./closure_struct_field.go:9:14:     from return task{...} (return) at ./closure_struct_field.go:10:2
./closure_struct_field.go:10:31: func literal escapes to heap in newTask:
./closure_struct_field.go:10:31:   flow: ~r0 ← &{storage for func literal}:
./closure_struct_field.go:10:31:     from func literal (spill) at ./closure_struct_field.go:10:31
./closure_struct_field.go:10:31:     from task{...} (struct literal element) at ./closure_struct_field.go:10:13
./closure_struct_field.go:10:31:     from return task{...} (return) at ./closure_struct_field.go:10:2
./closure_struct_field.go:9:27: parameter v leaks to {storage for func literal} for newTask with derefs=0:
./closure_struct_field.go:9:27:   flow: {storage for func literal} ← v:
./closure_struct_field.go:9:27:     from v (captured by a closure) at ./closure_struct_field.go:10:51
./closure_struct_field.go:9:14: leaking param: name to result ~r0 level=0
./closure_struct_field.go:10:31: func literal escapes to heap
