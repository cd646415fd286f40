./value_receiver.go:8:7: moved to heap: r
