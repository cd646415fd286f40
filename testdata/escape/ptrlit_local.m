./ptrlit_local.go:6:12: p does not escape
./ptrlit_local.go:9:7: &pair{...} does not escape
