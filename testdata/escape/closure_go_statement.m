./closure_go_statement.go:7:6: moved to heap: wg
./closure_go_statement.go:8:2: moved to heap: result
./closure_go_statement.go:10:5: func literal escapes to heap
