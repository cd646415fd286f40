./errors_wrap_unwrap.go:11:7: leaking param content: e
./errors_wrap_unwrap.go:11:53: e.op + ": " + e.err.Error() escapes to heap
./errors_wrap_unwrap.go:12:7: leaking param: e to result ~r0 level=1
./errors_wrap_unwrap.go:17:9: &opErr{...} escapes to heap
./errors_wrap_unwrap.go:23:23: ... argument does not escape
