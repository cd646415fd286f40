./sync_mutex_struct.go:13:12: (*safeCounter).inc capturing by value: .autotmp_2 (addr=false assign=false width=8)
./sync_mutex_struct.go:11:7: parameter c leaks to {heap} for (*safeCounter).inc with derefs=0:
./sync_mutex_struct.go:11:7:   flow: {heap} ← c:
./sync_mutex_struct.go:11:7:     from c.mu (dot of pointer) at ./sync_mutex_struct.go:12:3
./sync_mutex_struct.go:11:7:     from c.mu (address-of) at ./sync_mutex_struct.go:12:6
./sync_mutex_struct.go:11:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./sync_mutex_struct.go:12:11
./sync_mutex_struct.go:11:27: parameter k leaks to {heap} for (*safeCounter).inc with derefs=0:
./sync_mutex_struct.go:11:27:   flow: {heap} ← k:
./sync_mutex_struct.go:11:27:     from c.m[k] (key of map put) at ./sync_mutex_struct.go:14:5
./sync_mutex_struct.go:11:7: leaking param: c
./sync_mutex_struct.go:11:27: leaking param: k
./sync_mutex_struct.go:18:2: c escapes to heap in main:
./sync_mutex_struct.go:18:2:   flow: {heap} ← &c:
./sync_mutex_struct.go:18:2:     from c (address-of) at ./sync_mutex_struct.go:19:3
./sync_mutex_struct.go:18:2:     from (*safeCounter).inc(c, "a") (call parameter) at ./sync_mutex_struct.go:19:7
./sync_mutex_struct.go:18:2: c escapes to heap in main:
./sync_mutex_struct.go:18:2:   flow: {heap} ← &c:
./sync_mutex_struct.go:18:2:     from c (address-of) at ./sync_mutex_struct.go:20:3
./sync_mutex_struct.go:18:2:     from (*safeCounter).inc(c, "a") (call parameter) at ./sync_mutex_struct.go:20:7
./sync_mutex_struct.go:18:36: map[string]int{} escapes to heap in main:
./sync_mutex_struct.go:18:36:   flow: c ← &{storage for map[string]int{}}:
./sync_mutex_struct.go:18:36:     from map[string]int{} (spill) at ./sync_mutex_struct.go:18:36
./sync_mutex_struct.go:18:36:     from safeCounter{...} (struct literal element) at ./sync_mutex_struct.go:18:18
./sync_mutex_struct.go:18:36:     from c := safeCounter{...} (assign) at ./sync_mutex_struct.go:18:4
./sync_mutex_struct.go:18:2: moved to heap: c
./sync_mutex_struct.go:18:36: map[string]int{} escapes to heap
