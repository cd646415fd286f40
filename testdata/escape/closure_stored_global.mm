./closure_stored_global.go:8:9: func literal escapes to heap in install:
./closure_stored_global.go:8:9:   flow: {heap} ← &{storage for func literal}:
./closure_stored_global.go:8:9:     from func literal (spill) at ./closure_stored_global.go:8:9
./closure_stored_global.go:8:9:     from hook = func literal (assign) at ./closure_stored_global.go:8:7
./closure_stored_global.go:7:2: install capturing by ref: total (addr=false assign=true width=8)
./closure_stored_global.go:7:2: total escapes to heap in install:
./closure_stored_global.go:7:2:   flow: {storage for func literal} ← &total:
./closure_stored_global.go:7:2:     from total (captured by a closure) at ./closure_stored_global.go:9:3
./closure_stored_global.go:7:2:     from total (reference) at ./closure_stored_global.go:9:3
./closure_stored_global.go:7:2: moved to heap: total
./closure_stored_global.go:8:9: func literal escapes to heap
