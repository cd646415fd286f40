./panic_value.go:8:16: failure{...} escapes to heap in mustPositive:
./panic_value.go:8:16:   flow: {heap} ← &{storage for failure{...}}:
./panic_value.go:8:16:     from failure{...} (spill) at ./panic_value.go:8:16
./panic_value.go:8:16:     from panic(failure{...}) (call parameter) at ./panic_value.go:8:8
./panic_value.go:8:16: failure{...} escapes to heap
./panic_value.go:14:8: func literal does not escape
