./append_spread.go:4:11: parameter a leaks to {heap} for join with derefs=1:
./append_spread.go:4:11:   flow: {heap} ← *a:
./append_spread.go:4:11:     from append(([]string)(nil), a...) (call parameter) at ./append_spread.go:5:15
./append_spread.go:4:11:     from append(([]string)(nil), a...) (appended slice...) at ./append_spread.go:5:15
./append_spread.go:4:14: parameter b leaks to {heap} for join with derefs=1:
./append_spread.go:4:14:   flow: {heap} ← *b:
./append_spread.go:4:14:     from append(out, b...) (call parameter) at ./append_spread.go:6:15
./append_spread.go:4:14:     from append(out, b...) (appended slice...) at ./append_spread.go:6:15
./append_spread.go:6:15: append(out, b...) escapes to heap in join:
./append_spread.go:6:15:   flow: ~r0 ← &{storage for append(out, b...)}:
./append_spread.go:6:15:     from append(out, b...) (spill) at ./append_spread.go:6:15
./append_spread.go:6:15:     from return append(out, b...) (return) at ./append_spread.go:6:2
./append_spread.go:5:15: append(([]string)(nil), a...) escapes to heap in join:
./append_spread.go:5:15:   flow: out ← &{storage for append(([]string)(nil), a...)}:
./append_spread.go:5:15:     from append(([]string)(nil), a...) (spill) at ./append_spread.go:5:15
./append_spread.go:5:15:     from out := append(([]string)(nil), a...) (assign) at ./append_spread.go:5:6
./append_spread.go:5:15:   flow: {temp} ← out:
./append_spread.go:5:15:     from append(out, b...) (call parameter) at ./append_spread.go:6:15
./append_spread.go:5:15:   flow: {temp} ← {temp}:
./append_spread.go:5:15:   flow: ~r0 ← {temp}:
./append_spread.go:5:15:     from return append(out, b...) (return) at ./append_spread.go:6:2
./append_spread.go:4:11: leaking param content: a
./append_spread.go:4:14: leaking param content: b
./append_spread.go:5:15: append escapes to heap
./append_spread.go:6:15: append escapes to heap
./append_spread.go:10:15: []string{...} does not escape
./append_spread.go:11:15: []string{...} does not escape
