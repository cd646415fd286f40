./named_result_address.go:4:17: moved to heap: result
