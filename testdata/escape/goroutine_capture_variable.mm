./goroutine_capture_variable.go:7:6: wg escapes to heap in main:
./goroutine_capture_variable.go:7:6:   flow: {heap} ← &wg:
./goroutine_capture_variable.go:7:6:     from wg (address-of) at ./goroutine_capture_variable.go:11:5
./goroutine_capture_variable.go:7:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./goroutine_capture_variable.go:11:9
./goroutine_capture_variable.go:12:6: func literal escapes to heap in main:
./goroutine_capture_variable.go:12:6:   flow: {heap} ← &{storage for func literal}:
./goroutine_capture_variable.go:12:6:     from func literal (spill) at ./goroutine_capture_variable.go:12:6
./goroutine_capture_variable.go:8:6: mu escapes to heap in main:
./goroutine_capture_variable.go:8:6:   flow: {heap} ← &mu:
./goroutine_capture_variable.go:8:6:     from mu (address-of) at ./goroutine_capture_variable.go:14:6
./goroutine_capture_variable.go:8:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./goroutine_capture_variable.go:14:11
./goroutine_capture_variable.go:8:6: mu escapes to heap in main:
./goroutine_capture_variable.go:8:6:   flow: {heap} ← &mu:
./goroutine_capture_variable.go:8:6:     from mu (address-of) at ./goroutine_capture_variable.go:16:6
./goroutine_capture_variable.go:8:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./goroutine_capture_variable.go:16:13
./goroutine_capture_variable.go:7:6: wg escapes to heap in main:
./goroutine_capture_variable.go:7:6:   flow: {heap} ← &wg:
./goroutine_capture_variable.go:7:6:     from wg (address-of) at ./goroutine_capture_variable.go:19:4
./goroutine_capture_variable.go:7:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./goroutine_capture_variable.go:19:9
./goroutine_capture_variable.go:7:6: main capturing by ref: wg (addr=true assign=false width=16)
./goroutine_capture_variable.go:7:6: wg escapes to heap in main:
./goroutine_capture_variable.go:7:6:   flow: {storage for func literal} ← &wg:
./goroutine_capture_variable.go:7:6:     from wg (captured by a closure) at ./goroutine_capture_variable.go:13:10
./goroutine_capture_variable.go:7:6:     from wg (reference) at ./goroutine_capture_variable.go:13:10
./goroutine_capture_variable.go:8:6: main capturing by ref: mu (addr=true assign=false width=8)
./goroutine_capture_variable.go:8:6: mu escapes to heap in main:
./goroutine_capture_variable.go:8:6:   flow: {storage for func literal} ← &mu:
./goroutine_capture_variable.go:8:6:     from mu (captured by a closure) at ./goroutine_capture_variable.go:14:4
./goroutine_capture_variable.go:8:6:     from mu (reference) at ./goroutine_capture_variable.go:14:4
./goroutine_capture_variable.go:9:2: main capturing by ref: sum (addr=false assign=true width=8)
./goroutine_capture_variable.go:9:2: sum escapes to heap in main:
./goroutine_capture_variable.go:9:2:   flow: {storage for func literal} ← &sum:
./goroutine_capture_variable.go:9:2:     from sum (captured by a closure) at ./goroutine_capture_variable.go:15:4
./goroutine_capture_variable.go:9:2:     from sum (reference) at ./goroutine_capture_variable.go:15:4
./goroutine_capture_variable.go:10:6: main capturing by value: i (addr=false assign=false width=8)
./goroutine_capture_variable.go:13:12: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./goroutine_capture_variable.go:7:6: moved to heap: wg
./goroutine_capture_variable.go:8:6: moved to heap: mu
./goroutine_capture_variable.go:9:2: moved to heap: sum
./goroutine_capture_variable.go:12:6: func literal escapes to heap
