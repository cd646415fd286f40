// stream_sleep: a line, a one-second sleep, a line. Run by gomem, the first
// line must reach the pipe before the sleep (Go's os.Stdout is unbuffered).
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("first")
	time.Sleep(time.Second)
	fmt.Println("second")
}
