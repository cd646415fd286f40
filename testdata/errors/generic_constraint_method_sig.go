package main

import "fmt"

type Getter interface{ Get() int }

type G struct{}

func (G) Get() string { return "" }

func Use[T Getter](x T) int { return x.Get() }

func main() {
	fmt.Println(Use(G{}))
}
