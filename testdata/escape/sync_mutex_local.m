./sync_mutex_local.go:7:6: moved to heap: mu
