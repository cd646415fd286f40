./panic_pointer_recover.go:13:3: p escapes to heap in risky:
./panic_pointer_recover.go:13:3:   flow: {heap} ← &p:
./panic_pointer_recover.go:13:3:     from &p (address-of) at ./panic_pointer_recover.go:14:9
./panic_pointer_recover.go:13:3:     from &p (interface-converted) at ./panic_pointer_recover.go:14:9
./panic_pointer_recover.go:13:3:     from panic(&p) (call parameter) at ./panic_pointer_recover.go:14:8
./panic_pointer_recover.go:6:20: risky capturing by ref: err (addr=false assign=true width=8)
./panic_pointer_recover.go:13:3: moved to heap: p
./panic_pointer_recover.go:7:8: func literal does not escape
