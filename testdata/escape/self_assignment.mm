./self_assignment.go:10:8: (*buffer).skip ignoring self-assignment in b.buf = b.buf[k:]
./self_assignment.go:9:7: b does not escape
./self_assignment.go:15:26: ([]byte)("abcdef") does not escape
./self_assignment.go:17:18: string(b.buf) does not escape
