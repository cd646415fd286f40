package main

import "fmt"

func main() {
	greeting := "héllo, 世界"; fmt.Println(greeting, missing)
}
