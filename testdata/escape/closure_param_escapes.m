./closure_param_escapes.go:6:15: leaking param: f
./closure_param_escapes.go:7:19: append escapes to heap
./closure_param_escapes.go:12:11: func literal escapes to heap
./closure_param_escapes.go:13:11: func literal escapes to heap
