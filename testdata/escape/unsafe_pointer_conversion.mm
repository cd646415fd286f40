./unsafe_pointer_conversion.go:6:11: f does not escape
