./slice_of_local_array_returned.go:5:6: moved to heap: arr
