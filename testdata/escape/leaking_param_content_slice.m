./leaking_param_content_slice.go:6:16: leaking param content: list
./leaking_param_content_slice.go:13:2: moved to heap: a
./leaking_param_content_slice.go:13:5: moved to heap: b
./leaking_param_content_slice.go:14:19: []*string{...} does not escape
