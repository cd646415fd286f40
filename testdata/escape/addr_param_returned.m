./addr_param_returned.go:6:13: moved to heap: v
