./string_concat_loop.go:11:11: s + "!" escapes to heap
