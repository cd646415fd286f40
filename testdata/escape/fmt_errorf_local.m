./fmt_errorf_local.go:10:20: ... argument does not escape
./fmt_errorf_local.go:10:41: n escapes to heap
./fmt_errorf_local.go:16:25: []int{...} does not escape
./fmt_errorf_local.go:18:38: err.Error() + "\n" does not escape
