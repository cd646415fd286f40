// big_output: writes os.Args[1] blocks of 100 KB to stdout (200 MB with
// 2000). Output size must cost gomem no memory (no buffering of what the
// program wrote).
package main

import (
	"os"
	"strconv"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	buf := make([]byte, 100*1000)
	for i := range buf {
		buf[i] = 'a' + byte(i%26)
	}
	buf[len(buf)-1] = '\n'
	for i := 0; i < n; i++ {
		os.Stdout.Write(buf)
	}
}
