./param_does_not_escape.go:6:10: a does not escape
./param_does_not_escape.go:6:13: b does not escape
./param_does_not_escape.go:10:12: v does not escape
