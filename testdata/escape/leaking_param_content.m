./leaking_param_content.go:6:12: leaking param content: pp
./leaking_param_content.go:11:2: moved to heap: x
