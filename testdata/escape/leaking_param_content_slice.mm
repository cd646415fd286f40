./leaking_param_content_slice.go:6:16: parameter list leaks to {heap} for grabFirst with derefs=1:
./leaking_param_content_slice.go:6:16:   flow: {heap} ← *list:
./leaking_param_content_slice.go:6:16:     from list[0] (dot of pointer) at ./leaking_param_content_slice.go:8:15
./leaking_param_content_slice.go:6:16:     from first = list[0] (assign) at ./leaking_param_content_slice.go:8:9
./leaking_param_content_slice.go:6:16: leaking param content: list
./leaking_param_content_slice.go:13:2: a escapes to heap in main:
./leaking_param_content_slice.go:13:2:   flow: {storage for []*string{...}} ← &a:
./leaking_param_content_slice.go:13:2:     from &a (address-of) at ./leaking_param_content_slice.go:14:20
./leaking_param_content_slice.go:13:2:     from []*string{...} (slice-literal-element) at ./leaking_param_content_slice.go:14:19
./leaking_param_content_slice.go:13:2:   flow: list ← &{storage for []*string{...}}:
./leaking_param_content_slice.go:13:2:     from []*string{...} (spill) at ./leaking_param_content_slice.go:14:19
./leaking_param_content_slice.go:13:2:     from list := []*string{...} (assign) at ./leaking_param_content_slice.go:14:7
./leaking_param_content_slice.go:13:2:   flow: {heap} ← *list:
./leaking_param_content_slice.go:13:2:     from grabFirst(list) (call parameter) at ./leaking_param_content_slice.go:15:11
./leaking_param_content_slice.go:13:5: b escapes to heap in main:
./leaking_param_content_slice.go:13:5:   flow: {storage for []*string{...}} ← &b:
./leaking_param_content_slice.go:13:5:     from &b (address-of) at ./leaking_param_content_slice.go:14:24
./leaking_param_content_slice.go:13:5:     from []*string{...} (slice-literal-element) at ./leaking_param_content_slice.go:14:19
./leaking_param_content_slice.go:13:5:   flow: list ← &{storage for []*string{...}}:
./leaking_param_content_slice.go:13:5:     from []*string{...} (spill) at ./leaking_param_content_slice.go:14:19
./leaking_param_content_slice.go:13:5:     from list := []*string{...} (assign) at ./leaking_param_content_slice.go:14:7
./leaking_param_content_slice.go:13:5:   flow: {heap} ← *list:
./leaking_param_content_slice.go:13:5:     from grabFirst(list) (call parameter) at ./leaking_param_content_slice.go:15:11
./leaking_param_content_slice.go:13:2: moved to heap: a
./leaking_param_content_slice.go:13:5: moved to heap: b
./leaking_param_content_slice.go:14:19: []*string{...} does not escape
