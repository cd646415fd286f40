./chan_of_chan.go:4:13: reqs does not escape
