// runtime.Breakpoint traps: Go's process takes SIGTRAP and its runtime
// reports a crash with exit status 2; output written before it stays.
package main

import (
	"fmt"
	"runtime"
)

func check(ok bool) {
	if !ok {
		runtime.Breakpoint()
	}
}

func main() {
	check(true)
	fmt.Println("first check passed")
	check(false)
	fmt.Println("unreachable")
}
