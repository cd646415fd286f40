./defer_pointer_arg.go:6:7: r does not escape
./defer_pointer_arg.go:10:9: use capturing by value: .autotmp_2 (addr=false assign=false width=8)
