./fmt_printf_verbs.go:12:12: ... argument does not escape
./fmt_printf_verbs.go:12:34: it.name escapes to heap
./fmt_printf_verbs.go:12:43: it.price escapes to heap
./fmt_printf_verbs.go:13:12: ... argument does not escape
./fmt_printf_verbs.go:13:22: it escapes to heap
./fmt_printf_verbs.go:14:12: ... argument does not escape
./fmt_printf_verbs.go:14:29: []int{...} escapes to heap
./fmt_printf_verbs.go:14:29: []int{...} escapes to heap
./fmt_printf_verbs.go:14:40: len(it.name) escapes to heap
