./composite_literal_ptr_field.go:9:12: s escapes to heap in build:
./composite_literal_ptr_field.go:9:12:   flow: ~r0 ← &s:
./composite_literal_ptr_field.go:9:12:     from &s (address-of) at ./composite_literal_ptr_field.go:10:22
./composite_literal_ptr_field.go:9:12:     from holder{...} (struct literal element) at ./composite_literal_ptr_field.go:10:15
./composite_literal_ptr_field.go:9:12:     from return holder{...} (return) at ./composite_literal_ptr_field.go:10:2
./composite_literal_ptr_field.go:9:12: parameter s leaks to ~r0 for build with derefs=0:
./composite_literal_ptr_field.go:9:12:   flow: ~r0 ← &s:
./composite_literal_ptr_field.go:9:12:     from &s (address-of) at ./composite_literal_ptr_field.go:10:22
./composite_literal_ptr_field.go:9:12:     from holder{...} (struct literal element) at ./composite_literal_ptr_field.go:10:15
./composite_literal_ptr_field.go:9:12:     from return holder{...} (return) at ./composite_literal_ptr_field.go:10:2
./composite_literal_ptr_field.go:9:12: moved to heap: s
