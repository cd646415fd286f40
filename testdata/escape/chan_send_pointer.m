./chan_send_pointer.go:8:2: moved to heap: m
