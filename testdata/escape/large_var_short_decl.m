./large_var_short_decl.go:7:2: moved to heap: g
