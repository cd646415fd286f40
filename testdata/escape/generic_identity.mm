./generic_identity.go:4:22: parameter v leaks to ~r0 for identity[go.shape.*uint8] with derefs=0:
./generic_identity.go:4:22:   flow: ~r0 ← v:
./generic_identity.go:4:22:     from return v (return) at ./generic_identity.go:4:31
./generic_identity.go:6:19: v escapes to heap in ptrTo[go.shape.int]:
./generic_identity.go:6:19:   flow: ~r0 ← &v:
./generic_identity.go:6:19:     from &v (address-of) at ./generic_identity.go:6:36
./generic_identity.go:6:19:     from return &v (return) at ./generic_identity.go:6:29
./generic_identity.go:6:19: parameter v leaks to ~r0 for ptrTo[go.shape.int] with derefs=0:
./generic_identity.go:6:19:   flow: ~r0 ← &v:
./generic_identity.go:6:19:     from &v (address-of) at ./generic_identity.go:6:36
./generic_identity.go:6:19:     from return &v (return) at ./generic_identity.go:6:29
./generic_identity.go:6:19: moved to heap: v
./generic_identity.go:4:22: parameter v leaks to ~r0 for identity[*int] with derefs=0:
./generic_identity.go:4:22:   flow: ~r0 ← v:
./generic_identity.go:4:22:     from identity[go.shape.*uint8](&.dict.identity[*int], v) (call parameter) at ./generic_identity.go:4:6
./generic_identity.go:4:22:     from return identity[go.shape.*uint8](&.dict.identity[*int], v) (return) at ./generic_identity.go:4:6
