package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
}

func main() {
	shapes := []Rect{{Point{0, 0}, {}}}
	keyed := Rect{Min: Point{1, 1}, Max: {2, 2}}
	fmt.Println(shapes, keyed)
}
