./struct_value_copy.go:11:14: leaking param: o to result ~r0 level=0
