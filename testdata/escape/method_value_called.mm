./method_value_called.go:6:7: c does not escape
./method_value_called.go:10:8: c.inc does not escape
