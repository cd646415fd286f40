./string_concat_escapes.go:7:32: user + " did " + action escapes to heap in record:
./string_concat_escapes.go:7:32:   flow: {heap} ← &{storage for user + " did " + action}:
./string_concat_escapes.go:7:32:     from user + " did " + action (spill) at ./string_concat_escapes.go:7:32
./string_concat_escapes.go:7:32:     from append(log, user + " did " + action) (call parameter) at ./string_concat_escapes.go:7:14
./string_concat_escapes.go:7:14: append(log, user + " did " + action) escapes to heap in record:
./string_concat_escapes.go:7:14:   flow: {heap} ← &{storage for append(log, user + " did " + action)}:
./string_concat_escapes.go:7:14:     from append(log, user + " did " + action) (spill) at ./string_concat_escapes.go:7:14
./string_concat_escapes.go:7:14:     from log = append(log, user + " did " + action) (assign) at ./string_concat_escapes.go:7:6
./string_concat_escapes.go:6:13: user does not escape
./string_concat_escapes.go:6:26: action does not escape
./string_concat_escapes.go:7:32: user + " did " + action escapes to heap
./string_concat_escapes.go:7:14: append escapes to heap
./string_concat_escapes.go:10:12: a does not escape
./string_concat_escapes.go:10:15: b does not escape
./string_concat_escapes.go:11:14: a + b does not escape
