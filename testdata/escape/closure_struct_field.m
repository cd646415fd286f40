./closure_struct_field.go:9:14: leaking param: name to result ~r0 level=0
./closure_struct_field.go:10:31: func literal escapes to heap
