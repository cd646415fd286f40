./addr_param_returned.go:6:13: v escapes to heap in addrOf:
./addr_param_returned.go:6:13:   flow: ~r0 ← &v:
./addr_param_returned.go:6:13:     from &v (address-of) at ./addr_param_returned.go:7:9
./addr_param_returned.go:6:13:     from return &v (return) at ./addr_param_returned.go:7:2
./addr_param_returned.go:6:13: parameter v leaks to ~r0 for addrOf with derefs=0:
./addr_param_returned.go:6:13:   flow: ~r0 ← &v:
./addr_param_returned.go:6:13:     from &v (address-of) at ./addr_param_returned.go:7:9
./addr_param_returned.go:6:13:     from return &v (return) at ./addr_param_returned.go:7:2
./addr_param_returned.go:6:13: moved to heap: v
