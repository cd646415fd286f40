./interface_slice_elements.go:4:12: vals does not escape
./interface_slice_elements.go:16:23: []interface {}{...} does not escape
./interface_slice_elements.go:16:24: 1 does not escape
./interface_slice_elements.go:16:27: 2 does not escape
./interface_slice_elements.go:16:30: "x" does not escape
