package main

import "fmt"

type Config struct {
	Host string
	Port int
	Host string
}

func main() {
	fmt.Println(Config{})
}
