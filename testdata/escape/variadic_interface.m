./variadic_interface.go:4:12: args does not escape
./variadic_interface.go:17:15: ... argument does not escape
./variadic_interface.go:17:16: x does not escape
./variadic_interface.go:17:19: "s" does not escape
