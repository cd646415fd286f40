./ptrlit_returned.go:7:9: &pair{...} escapes to heap in mk:
./ptrlit_returned.go:7:9:   flow: ~r0 ← &{storage for &pair{...}}:
./ptrlit_returned.go:7:9:     from &pair{...} (spill) at ./ptrlit_returned.go:7:9
./ptrlit_returned.go:7:9:     from return &pair{...} (return) at ./ptrlit_returned.go:7:2
./ptrlit_returned.go:7:9: &pair{...} escapes to heap
