./unsafe_slice_data.go:9:14: ([]byte)("abc") escapes to heap in main:
./unsafe_slice_data.go:9:14:   flow: b ← &{storage for ([]byte)("abc")}:
./unsafe_slice_data.go:9:14:     from ([]byte)("abc") (spill) at ./unsafe_slice_data.go:9:14
./unsafe_slice_data.go:9:14:     from b := ([]byte)("abc") (assign) at ./unsafe_slice_data.go:9:4
./unsafe_slice_data.go:9:14:   flow: p ← b:
./unsafe_slice_data.go:9:14:     from <node unsafe.SliceData> (call parameter) at ./unsafe_slice_data.go:10:23
./unsafe_slice_data.go:9:14:     from p := <node unsafe.SliceData> (assign) at ./unsafe_slice_data.go:10:4
./unsafe_slice_data.go:9:14:   flow: {heap} ← p:
./unsafe_slice_data.go:9:14:     from keep = p (assign) at ./unsafe_slice_data.go:13:7
./unsafe_slice_data.go:9:14: ([]byte)("abc") escapes to heap
