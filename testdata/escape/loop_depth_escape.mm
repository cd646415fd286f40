./loop_depth_escape.go:7:3: v escapes to heap in main:
./loop_depth_escape.go:7:3:   flow: last ← &v:
./loop_depth_escape.go:7:3:     from &v (address-of) at ./loop_depth_escape.go:8:10
./loop_depth_escape.go:7:3:     from last = &v (assign) at ./loop_depth_escape.go:8:8
./loop_depth_escape.go:7:3: moved to heap: v
