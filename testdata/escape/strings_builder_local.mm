./strings_builder_local.go:6:13: s does not escape
