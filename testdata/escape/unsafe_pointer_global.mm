./unsafe_pointer_global.go:10:12: parameter p leaks to {heap} for stash with derefs=0:
./unsafe_pointer_global.go:10:12:   flow: {heap} ← p:
./unsafe_pointer_global.go:10:12:     from raw = unsafe.Pointer(p) (assign) at ./unsafe_pointer_global.go:11:6
./unsafe_pointer_global.go:10:12: leaking param: p
./unsafe_pointer_global.go:15:2: pr escapes to heap in main:
./unsafe_pointer_global.go:15:2:   flow: {heap} ← &pr:
./unsafe_pointer_global.go:15:2:     from &pr (address-of) at ./unsafe_pointer_global.go:16:8
./unsafe_pointer_global.go:15:2:     from stash(&pr) (call parameter) at ./unsafe_pointer_global.go:16:7
./unsafe_pointer_global.go:15:2: moved to heap: pr
