package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	pts := map[string]Point{"a": {1, 2}}
	pts["a"].X = 10
	fmt.Println(pts)
}
