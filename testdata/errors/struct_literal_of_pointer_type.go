package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu *sync.Mutex = sync.Mutex{}
	mu.Lock()
	fmt.Println("locked")
}
