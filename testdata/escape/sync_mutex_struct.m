./sync_mutex_struct.go:11:7: leaking param: c
./sync_mutex_struct.go:11:27: leaking param: k
./sync_mutex_struct.go:18:2: moved to heap: c
./sync_mutex_struct.go:18:36: map[string]int{} escapes to heap
