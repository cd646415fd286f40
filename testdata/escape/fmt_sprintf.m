./fmt_sprintf.go:6:20: leaking param: name
./fmt_sprintf.go:7:20: ... argument does not escape
./fmt_sprintf.go:7:32: id escapes to heap
./fmt_sprintf.go:7:36: name escapes to heap
