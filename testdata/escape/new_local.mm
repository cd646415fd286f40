./new_local.go:5:10: new(int) does not escape
./new_local.go:7:10: new([4]int) does not escape
./new_local.go:9:10: new(string) does not escape
