./large_array_literal_value.go:4:10: a does not escape
./large_array_literal_value.go:13:6: moved to heap: a
