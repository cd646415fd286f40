package main

import "fmt"

type Mapper interface {
	Map[U any](f func(int) U) U
}

type Box struct{ v int }

func main() {
	fmt.Println(Box{1})
}
