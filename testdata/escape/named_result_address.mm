./named_result_address.go:4:17: result escapes to heap in compute:
./named_result_address.go:4:17:   flow: p ← &result:
./named_result_address.go:4:17:     from &result (address-of) at ./named_result_address.go:6:6
./named_result_address.go:4:17:     from p = &result (assign) at ./named_result_address.go:6:4
./named_result_address.go:4:17: moved to heap: result
