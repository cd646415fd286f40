./interface_type_switch.go:4:11: v does not escape
./interface_type_switch.go:14:20: "string:" + x escapes to heap
./interface_type_switch.go:21:15: n does not escape
./interface_type_switch.go:21:34: "s" does not escape
