./sync_waitgroup_local.go:7:6: wg escapes to heap in main:
./sync_waitgroup_local.go:7:6:   flow: {heap} ← &wg:
./sync_waitgroup_local.go:7:6:     from wg (address-of) at ./sync_waitgroup_local.go:10:5
./sync_waitgroup_local.go:7:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./sync_waitgroup_local.go:10:9
./sync_waitgroup_local.go:11:3: func literal escapes to heap in main:
./sync_waitgroup_local.go:11:3:   flow: {heap} ← &{storage for func literal}:
./sync_waitgroup_local.go:11:3:     from func literal (spill) at ./sync_waitgroup_local.go:11:3
./sync_waitgroup_local.go:7:6: wg escapes to heap in main:
./sync_waitgroup_local.go:7:6:   flow: {heap} ← &wg:
./sync_waitgroup_local.go:7:6:     from wg (address-of) at ./sync_waitgroup_local.go:16:4
./sync_waitgroup_local.go:7:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./sync_waitgroup_local.go:16:9
./sync_waitgroup_local.go:7:6: main capturing by ref: wg (addr=true assign=false width=16)
./sync_waitgroup_local.go:8:2: main capturing by value: results (addr=false assign=false width=24)
./sync_waitgroup_local.go:12:12: main.func1 capturing by value: .autotmp_1 (addr=false assign=false width=8)
./sync_waitgroup_local.go:11:6: main capturing by value: .autotmp_3 (addr=false assign=false width=8)
./sync_waitgroup_local.go:11:3: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./sync_waitgroup_local.go:11:6: func literal escapes to heap in main:
./sync_waitgroup_local.go:11:6:   flow: .autotmp_3 ← &{storage for func literal}:
./sync_waitgroup_local.go:11:6:     from func literal (spill) at ./sync_waitgroup_local.go:11:6
./sync_waitgroup_local.go:11:6:     from .autotmp_3, .autotmp_4 = func literal, i (assign-pair) at ./sync_waitgroup_local.go:11:3
./sync_waitgroup_local.go:11:6:   flow: {storage for func literal} ← .autotmp_3:
./sync_waitgroup_local.go:11:6:     from .autotmp_3 (captured by a closure) at ./sync_waitgroup_local.go:11:6
./sync_waitgroup_local.go:8:17: make([]int, 3) escapes to heap in main:
./sync_waitgroup_local.go:8:17:   flow: results ← &{storage for make([]int, 3)}:
./sync_waitgroup_local.go:8:17:     from make([]int, 3) (spill) at ./sync_waitgroup_local.go:8:17
./sync_waitgroup_local.go:8:17:     from results := make([]int, 3) (assign) at ./sync_waitgroup_local.go:8:10
./sync_waitgroup_local.go:8:17:   flow: {storage for func literal} ← results:
./sync_waitgroup_local.go:8:17:     from results (captured by a closure) at ./sync_waitgroup_local.go:13:4
./sync_waitgroup_local.go:7:6: moved to heap: wg
./sync_waitgroup_local.go:8:17: make([]int, 3) escapes to heap
./sync_waitgroup_local.go:11:6: func literal escapes to heap
