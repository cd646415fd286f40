./fmt_errorf.go:10:11: leaking param: name
./fmt_errorf.go:11:19: ... argument does not escape
./fmt_errorf.go:11:52: name escapes to heap
./fmt_errorf.go:11:58: n escapes to heap
./fmt_errorf.go:16:13: ... argument does not escape
./fmt_errorf.go:16:28: errors.Is(err, base) escapes to heap
