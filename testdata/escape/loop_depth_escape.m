./loop_depth_escape.go:7:3: moved to heap: v
