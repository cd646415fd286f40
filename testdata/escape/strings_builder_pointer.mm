./strings_builder_pointer.go:6:16: parameter b leaks to {heap} for writeList with derefs=1:
./strings_builder_pointer.go:6:16:   flow: {temp} ← b:
./strings_builder_pointer.go:6:16:     from (*strings.Builder).WriteByte(b, byte(44)) (call parameter) at ./strings_builder_pointer.go:9:15
./strings_builder_pointer.go:6:16:   flow: {heap} ← *{temp}:
./strings_builder_pointer.go:6:16: leaking param content: b
./strings_builder_pointer.go:6:36: items does not escape
./strings_builder_pointer.go:16:7: &strings.Builder{} does not escape
./strings_builder_pointer.go:17:23: []string{...} does not escape
