./chan_of_chan.go:4:13: reqs does not escape
./chan_of_chan.go:12:2: func literal escapes to heap in main:
./chan_of_chan.go:12:2:   flow: {heap} ← &{storage for func literal}:
./chan_of_chan.go:12:2:     from func literal (spill) at ./chan_of_chan.go:12:2
./chan_of_chan.go:12:2: main capturing by value: .autotmp_1 (addr=false assign=false width=8)
