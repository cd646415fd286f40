./large_array_literal_value.go:4:10: a does not escape
./large_array_literal_value.go:13:6: a escapes to heap in main:
./large_array_literal_value.go:13:6:   flow: {heap} ← &a:
./large_array_literal_value.go:13:6:     from a (too large for stack) at ./large_array_literal_value.go:13:6
./large_array_literal_value.go:13:6: moved to heap: a
