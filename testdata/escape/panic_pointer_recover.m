./panic_pointer_recover.go:13:3: moved to heap: p
./panic_pointer_recover.go:7:8: func literal does not escape
