package main

import "fmt"

type P struct{ X int }

func GetX[T P](p T) int {
	return p.X
}

func main() {
	fmt.Println(GetX(P{1}))
}
