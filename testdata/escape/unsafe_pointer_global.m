./unsafe_pointer_global.go:10:12: leaking param: p
./unsafe_pointer_global.go:15:2: moved to heap: pr
