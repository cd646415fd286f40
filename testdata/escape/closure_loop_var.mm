./closure_loop_var.go:7:19: func literal escapes to heap in main:
./closure_loop_var.go:7:19:   flow: {heap} ← &{storage for func literal}:
./closure_loop_var.go:7:19:     from func literal (spill) at ./closure_loop_var.go:7:19
./closure_loop_var.go:7:19:     from append(fs, func literal) (call parameter) at ./closure_loop_var.go:7:14
./closure_loop_var.go:6:6: main capturing by value: i (addr=false assign=false width=8)
./closure_loop_var.go:7:19: func literal escapes to heap
./closure_loop_var.go:7:14: append does not escape
