./closure_go_statement.go:7:6: wg escapes to heap in main:
./closure_go_statement.go:7:6:   flow: {heap} ← &wg:
./closure_go_statement.go:7:6:     from wg (address-of) at ./closure_go_statement.go:9:4
./closure_go_statement.go:7:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./closure_go_statement.go:9:8
./closure_go_statement.go:10:5: func literal escapes to heap in main:
./closure_go_statement.go:10:5:   flow: {heap} ← &{storage for func literal}:
./closure_go_statement.go:10:5:     from func literal (spill) at ./closure_go_statement.go:10:5
./closure_go_statement.go:7:6: wg escapes to heap in main:
./closure_go_statement.go:7:6:   flow: {heap} ← &wg:
./closure_go_statement.go:7:6:     from wg (address-of) at ./closure_go_statement.go:14:4
./closure_go_statement.go:7:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./closure_go_statement.go:14:9
./closure_go_statement.go:7:6: main capturing by ref: wg (addr=true assign=false width=16)
./closure_go_statement.go:7:6: wg escapes to heap in main:
./closure_go_statement.go:7:6:   flow: {storage for func literal} ← &wg:
./closure_go_statement.go:7:6:     from wg (captured by a closure) at ./closure_go_statement.go:11:9
./closure_go_statement.go:7:6:     from wg (reference) at ./closure_go_statement.go:11:9
./closure_go_statement.go:8:2: main capturing by ref: result (addr=false assign=true width=8)
./closure_go_statement.go:8:2: result escapes to heap in main:
./closure_go_statement.go:8:2:   flow: {storage for func literal} ← &result:
./closure_go_statement.go:8:2:     from result (captured by a closure) at ./closure_go_statement.go:12:3
./closure_go_statement.go:8:2:     from result (reference) at ./closure_go_statement.go:12:3
./closure_go_statement.go:11:11: main.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./closure_go_statement.go:7:6: moved to heap: wg
./closure_go_statement.go:8:2: moved to heap: result
./closure_go_statement.go:10:5: func literal escapes to heap
