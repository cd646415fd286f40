./string_concat_escapes.go:6:13: user does not escape
./string_concat_escapes.go:6:26: action does not escape
./string_concat_escapes.go:7:32: user + " did " + action escapes to heap
./string_concat_escapes.go:7:14: append escapes to heap
./string_concat_escapes.go:10:12: a does not escape
./string_concat_escapes.go:10:15: b does not escape
./string_concat_escapes.go:11:14: a + b does not escape
