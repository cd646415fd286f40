./interface_struct_field.go:10:11: leaking param: v to result ~r0 level=0
