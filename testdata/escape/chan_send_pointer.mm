./chan_send_pointer.go:8:2: m escapes to heap in main:
./chan_send_pointer.go:8:2:   flow: {heap} ← &m:
./chan_send_pointer.go:8:2:     from &m (address-of) at ./chan_send_pointer.go:9:8
./chan_send_pointer.go:8:2:     from ch <- &m (send) at ./chan_send_pointer.go:9:5
./chan_send_pointer.go:8:2: moved to heap: m
