./leaking_param_content.go:6:12: parameter pp leaks to {heap} for stash with derefs=1:
./leaking_param_content.go:6:12:   flow: {heap} ← *pp:
./leaking_param_content.go:6:12:     from *pp (indirection) at ./leaking_param_content.go:7:12
./leaking_param_content.go:6:12:     from keepPtr = *pp (assign) at ./leaking_param_content.go:7:10
./leaking_param_content.go:6:12: leaking param content: pp
./leaking_param_content.go:11:2: x escapes to heap in main:
./leaking_param_content.go:11:2:   flow: p ← &x:
./leaking_param_content.go:11:2:     from &x (address-of) at ./leaking_param_content.go:12:7
./leaking_param_content.go:11:2:     from p := &x (assign) at ./leaking_param_content.go:12:4
./leaking_param_content.go:11:2:   flow: {heap} ← p:
./leaking_param_content.go:11:2:     from &p (address-of) at ./leaking_param_content.go:13:8
./leaking_param_content.go:11:2:     from stash(&p) (call parameter) at ./leaking_param_content.go:13:7
./leaking_param_content.go:11:2: moved to heap: x
