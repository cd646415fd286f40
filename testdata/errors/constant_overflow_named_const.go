package main

import "fmt"

const KB = 1 << 10
const EB = KB << 60

func main() {
	var size int64 = EB
	fmt.Println(size)
}
