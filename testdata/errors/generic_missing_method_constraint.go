package main

import "fmt"

type Shower interface{ Show() string }

func ShowAll[T Shower](xs []T) {
	for _, x := range xs {
		fmt.Println(x.Show())
	}
}

func main() {
	ShowAll([]int{1})
}
