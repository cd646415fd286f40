./interface_type_switch.go:14:20: "string:" + x escapes to heap in kind:
./interface_type_switch.go:14:20:   flow: ~r0 ← &{storage for "string:" + x}:
./interface_type_switch.go:14:20:     from "string:" + x (spill) at ./interface_type_switch.go:14:20
./interface_type_switch.go:14:20:     from return "string:" + x (return) at ./interface_type_switch.go:14:3
./interface_type_switch.go:4:11: v does not escape
./interface_type_switch.go:14:20: "string:" + x escapes to heap
./interface_type_switch.go:21:15: n does not escape
./interface_type_switch.go:21:34: "s" does not escape
