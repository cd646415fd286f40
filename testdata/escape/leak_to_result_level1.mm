./leak_to_result_level1.go:9:13: parameter n leaks to ~r0 for nextOf with derefs=1:
./leak_to_result_level1.go:9:13:   flow: ~r0 ← *n:
./leak_to_result_level1.go:9:13:     from n.next (dot of pointer) at ./leak_to_result_level1.go:10:10
./leak_to_result_level1.go:9:13:     from return n.next (return) at ./leak_to_result_level1.go:10:2
./leak_to_result_level1.go:9:13: leaking param: n to result ~r0 level=1
./leak_to_result_level1.go:13:12: parameter pp leaks to ~r0 for deref with derefs=1:
./leak_to_result_level1.go:13:12:   flow: ~r0 ← *pp:
./leak_to_result_level1.go:13:12:     from *pp (indirection) at ./leak_to_result_level1.go:14:9
./leak_to_result_level1.go:13:12:     from return *pp (return) at ./leak_to_result_level1.go:14:2
./leak_to_result_level1.go:13:12: leaking param: pp to result ~r0 level=1
