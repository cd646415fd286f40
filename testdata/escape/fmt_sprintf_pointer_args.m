./fmt_sprintf_pointer_args.go:7:7: p does not escape
./fmt_sprintf_pointer_args.go:7:51: ... argument does not escape
./fmt_sprintf_pointer_args.go:7:62: p.line escapes to heap
./fmt_sprintf_pointer_args.go:7:70: p.col escapes to heap
./fmt_sprintf_pointer_args.go:10:2: moved to heap: p
./fmt_sprintf_pointer_args.go:11:18: ... argument does not escape
./fmt_sprintf_pointer_args.go:13:17: ... argument does not escape
./fmt_sprintf_pointer_args.go:13:21: &n == nil escapes to heap
./fmt_sprintf_pointer_args.go:13:29: n escapes to heap
./fmt_sprintf_pointer_args.go:14:13: ... argument does not escape
./fmt_sprintf_pointer_args.go:14:14: s escapes to heap
./fmt_sprintf_pointer_args.go:14:17: t escapes to heap
