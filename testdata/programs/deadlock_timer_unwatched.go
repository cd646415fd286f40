// A sleeping goroutine keeps the program alive; once it is done, a pending
// timer nobody waits on does not (Go 1.23: such a timer is not in the
// timer heap), so a blocked main is a deadlock.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	_ = t
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("slept")
	}()
	var ch chan int
	<-ch
}
