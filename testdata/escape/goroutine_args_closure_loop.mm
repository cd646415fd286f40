./goroutine_args_closure_loop.go:7:6: wg escapes to heap in main:
./goroutine_args_closure_loop.go:7:6:   flow: {heap} ← &wg:
./goroutine_args_closure_loop.go:7:6:     from wg (address-of) at ./goroutine_args_closure_loop.go:11:5
./goroutine_args_closure_loop.go:7:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./goroutine_args_closure_loop.go:11:9
./goroutine_args_closure_loop.go:14:20: name + name escapes to heap in main.func1:
./goroutine_args_closure_loop.go:14:20:   flow: {heap} ← &{storage for name + name}:
./goroutine_args_closure_loop.go:14:20:     from name + name (spill) at ./goroutine_args_closure_loop.go:14:20
./goroutine_args_closure_loop.go:14:20:     from out[idx] = name + name (assign) at ./goroutine_args_closure_loop.go:14:13
./goroutine_args_closure_loop.go:12:3: func literal escapes to heap in main:
./goroutine_args_closure_loop.go:12:3:   flow: {heap} ← &{storage for func literal}:
./goroutine_args_closure_loop.go:12:3:     from func literal (spill) at ./goroutine_args_closure_loop.go:12:3
./goroutine_args_closure_loop.go:7:6: wg escapes to heap in main:
./goroutine_args_closure_loop.go:7:6:   flow: {heap} ← &wg:
./goroutine_args_closure_loop.go:7:6:     from wg (address-of) at ./goroutine_args_closure_loop.go:17:4
./goroutine_args_closure_loop.go:7:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./goroutine_args_closure_loop.go:17:9
./goroutine_args_closure_loop.go:7:6: main capturing by ref: wg (addr=true assign=false width=16)
./goroutine_args_closure_loop.go:8:2: main capturing by value: out (addr=false assign=false width=24)
./goroutine_args_closure_loop.go:13:12: main.func1 capturing by value: .autotmp_2 (addr=false assign=false width=8)
./goroutine_args_closure_loop.go:12:6: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./goroutine_args_closure_loop.go:12:3: main capturing by value: .autotmp_6 (addr=false assign=false width=8)
./goroutine_args_closure_loop.go:12:3: main capturing by value: .autotmp_7 (addr=false assign=false width=16)
./goroutine_args_closure_loop.go:12:6: func literal escapes to heap in main:
./goroutine_args_closure_loop.go:12:6:   flow: .autotmp_5 ← &{storage for func literal}:
./goroutine_args_closure_loop.go:12:6:     from func literal (spill) at ./goroutine_args_closure_loop.go:12:6
./goroutine_args_closure_loop.go:12:6:     from .autotmp_5, .autotmp_6, .autotmp_7 = func literal, i, n (assign-pair) at ./goroutine_args_closure_loop.go:12:3
./goroutine_args_closure_loop.go:12:6:   flow: {storage for func literal} ← .autotmp_5:
./goroutine_args_closure_loop.go:12:6:     from .autotmp_5 (captured by a closure) at ./goroutine_args_closure_loop.go:12:6
./goroutine_args_closure_loop.go:8:13: make([]string, 3) escapes to heap in main:
./goroutine_args_closure_loop.go:8:13:   flow: out ← &{storage for make([]string, 3)}:
./goroutine_args_closure_loop.go:8:13:     from make([]string, 3) (spill) at ./goroutine_args_closure_loop.go:8:13
./goroutine_args_closure_loop.go:8:13:     from out := make([]string, 3) (assign) at ./goroutine_args_closure_loop.go:8:6
./goroutine_args_closure_loop.go:8:13:   flow: {storage for func literal} ← out:
./goroutine_args_closure_loop.go:8:13:     from out (captured by a closure) at ./goroutine_args_closure_loop.go:14:4
./goroutine_args_closure_loop.go:12:20: name does not escape
./goroutine_args_closure_loop.go:7:6: moved to heap: wg
./goroutine_args_closure_loop.go:8:13: make([]string, 3) escapes to heap
./goroutine_args_closure_loop.go:9:19: []string{...} does not escape
./goroutine_args_closure_loop.go:12:6: func literal escapes to heap
./goroutine_args_closure_loop.go:14:20: name + name escapes to heap
