./slice_of_local_array_returned.go:5:6: arr escapes to heap in window:
./slice_of_local_array_returned.go:5:6:   flow: ~r0 ← &arr:
./slice_of_local_array_returned.go:5:6:     from arr (address-of) at ./slice_of_local_array_returned.go:9:12
./slice_of_local_array_returned.go:5:6:     from arr[1:4] (slice) at ./slice_of_local_array_returned.go:9:12
./slice_of_local_array_returned.go:5:6:     from return arr[1:4] (return) at ./slice_of_local_array_returned.go:9:2
./slice_of_local_array_returned.go:5:6: moved to heap: arr
