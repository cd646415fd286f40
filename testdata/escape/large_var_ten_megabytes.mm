./large_var_ten_megabytes.go:7:6: huge escapes to heap in main:
./large_var_ten_megabytes.go:7:6:   flow: {heap} ← &huge:
./large_var_ten_megabytes.go:7:6:     from huge (too large for stack) at ./large_var_ten_megabytes.go:7:6
./large_var_ten_megabytes.go:8:6: huger escapes to heap in main:
./large_var_ten_megabytes.go:8:6:   flow: {heap} ← &huger:
./large_var_ten_megabytes.go:8:6:     from huger (too large for stack) at ./large_var_ten_megabytes.go:8:6
./large_var_ten_megabytes.go:7:6: moved to heap: huge
./large_var_ten_megabytes.go:8:6: moved to heap: huger
