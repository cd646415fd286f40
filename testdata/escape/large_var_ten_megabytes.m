./large_var_ten_megabytes.go:7:6: moved to heap: huge
./large_var_ten_megabytes.go:8:6: moved to heap: huger
