./strconv_conversions.go:10:13: make([]byte, 0, 16) does not escape
./strconv_conversions.go:12:35: string(b) does not escape
./strconv_conversions.go:12:46: string(buf) does not escape
