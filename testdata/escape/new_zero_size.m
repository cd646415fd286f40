./new_zero_size.go:9:10: new(none) does not escape
./new_zero_size.go:10:7: &none{} does not escape
./new_zero_size.go:11:12: new(none) escapes to heap
