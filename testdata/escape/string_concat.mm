./string_concat.go:5:26: "hello, " + name + "!" escapes to heap in greet:
./string_concat.go:5:26:   flow: ~r0 ← &{storage for "hello, " + name + "!"}:
./string_concat.go:5:26:     from "hello, " + name + "!" (spill) at ./string_concat.go:5:26
./string_concat.go:5:26:     from return "hello, " + name + "!" (return) at ./string_concat.go:5:2
./string_concat.go:4:12: name does not escape
./string_concat.go:5:26: "hello, " + name + "!" escapes to heap
./string_concat.go:11:9: a + b does not escape
./string_concat.go:12:36: a + b does not escape
