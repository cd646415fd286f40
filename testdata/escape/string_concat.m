./string_concat.go:4:12: name does not escape
./string_concat.go:5:26: "hello, " + name + "!" escapes to heap
./string_concat.go:11:9: a + b does not escape
./string_concat.go:12:36: a + b does not escape
