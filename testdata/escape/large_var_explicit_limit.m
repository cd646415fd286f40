./large_var_explicit_limit.go:8:6: moved to heap: over
