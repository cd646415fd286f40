./errors_custom_type.go:8:7: e does not escape
./errors_custom_type.go:11:9: &codeErr{...} escapes to heap in fail:
./errors_custom_type.go:11:9:   flow: ~r0 ← &{storage for &codeErr{...}}:
./errors_custom_type.go:11:9:     from &codeErr{...} (spill) at ./errors_custom_type.go:11:9
./errors_custom_type.go:11:9:     from &codeErr{...} (interface-converted) at ./errors_custom_type.go:11:9
./errors_custom_type.go:11:9:     from return &codeErr{...} (return) at ./errors_custom_type.go:11:2
./errors_custom_type.go:11:9: &codeErr{...} escapes to heap
./errors_custom_type.go:16:6: ce escapes to heap in main:
./errors_custom_type.go:16:6:   flow: {heap} ← &ce:
./errors_custom_type.go:16:6:     from &ce (address-of) at ./errors_custom_type.go:17:20
./errors_custom_type.go:16:6:     from &ce (interface-converted) at ./errors_custom_type.go:17:20
./errors_custom_type.go:16:6:     from errors.As(err, &ce) (call parameter) at ./errors_custom_type.go:17:14
./errors_custom_type.go:16:6: moved to heap: ce
