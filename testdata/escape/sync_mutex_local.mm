./sync_mutex_local.go:7:6: mu escapes to heap in main:
./sync_mutex_local.go:7:6:   flow: {heap} ← &mu:
./sync_mutex_local.go:7:6:     from mu (address-of) at ./sync_mutex_local.go:9:4
./sync_mutex_local.go:7:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sync_mutex_local.go:9:9
./sync_mutex_local.go:7:6: mu escapes to heap in main:
./sync_mutex_local.go:7:6:   flow: {heap} ← &mu:
./sync_mutex_local.go:7:6:     from mu (address-of) at ./sync_mutex_local.go:11:4
./sync_mutex_local.go:7:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./sync_mutex_local.go:11:11
./sync_mutex_local.go:7:6: moved to heap: mu
