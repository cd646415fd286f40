./interface_conversion_no_escape.go:6:11: v does not escape
./interface_conversion_no_escape.go:19:15: q does not escape
