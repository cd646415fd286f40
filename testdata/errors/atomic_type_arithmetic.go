package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	hits = hits + 1
	fmt.Println(hits.Load())
}
