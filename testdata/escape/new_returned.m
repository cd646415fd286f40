./new_returned.go:10:10: new(config) escapes to heap
