./string_concat_loop.go:11:11: s + "!" escapes to heap in main:
./string_concat_loop.go:11:11:   flow: {heap} ← &{storage for s + "!"}:
./string_concat_loop.go:11:11:     from s + "!" (spill) at ./string_concat_loop.go:11:11
./string_concat_loop.go:11:11:     from last = s + "!" (assign) at ./string_concat_loop.go:11:7
./string_concat_loop.go:11:11: s + "!" escapes to heap
