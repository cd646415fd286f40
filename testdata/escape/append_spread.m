./append_spread.go:4:11: leaking param content: a
./append_spread.go:4:14: leaking param content: b
./append_spread.go:5:15: append escapes to heap
./append_spread.go:6:15: append escapes to heap
./append_spread.go:10:15: []string{...} does not escape
./append_spread.go:11:15: []string{...} does not escape
