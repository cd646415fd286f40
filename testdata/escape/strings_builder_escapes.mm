./strings_builder_escapes.go:9:7: &strings.Builder{} escapes to heap in newBuilder:
./strings_builder_escapes.go:9:7:   flow: b ← &{storage for &strings.Builder{}}:
./strings_builder_escapes.go:9:7:     from &strings.Builder{} (spill) at ./strings_builder_escapes.go:9:7
./strings_builder_escapes.go:9:7:     from b := &strings.Builder{} (assign) at ./strings_builder_escapes.go:9:4
./strings_builder_escapes.go:9:7:   flow: ~r0 ← b:
./strings_builder_escapes.go:9:7:     from return b (return) at ./strings_builder_escapes.go:11:2
./strings_builder_escapes.go:8:17: prefix does not escape
./strings_builder_escapes.go:9:7: &strings.Builder{} escapes to heap
./strings_builder_escapes.go:17:6: g escapes to heap in main:
./strings_builder_escapes.go:17:6:   flow: {heap} ← &g:
./strings_builder_escapes.go:17:6:     from &g (address-of) at ./strings_builder_escapes.go:18:11
./strings_builder_escapes.go:17:6:     from shared = &g (assign) at ./strings_builder_escapes.go:18:9
./strings_builder_escapes.go:17:6: moved to heap: g
