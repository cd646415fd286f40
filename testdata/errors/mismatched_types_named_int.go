package main

import (
	"fmt"
	"time"
)

func main() {
	secs := 5
	d := secs * time.Second
	fmt.Println(d)
}
