package main

import "fmt"

type Point [2]int

type Key struct {
	parts [3]string
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := [4]int{1, 2, 3, 4}
	c := [4]int{1, 2, 3, 5}
	fmt.Println("a==b:", a == b, "a==c:", a == c, "a!=c:", a != c)

	// Arrays as map keys.
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)
	fmt.Println("visited origin", visits[Point{0, 0}], "times")

	k1 := Key{[3]string{"a", "b", "c"}}
	k2 := Key{[3]string{"a", "b", "c"}}
	fmt.Println("struct with arrays equal:", k1 == k2)
	k2.parts[2] = "z"
	fmt.Println("after change:", k1 == k2)

	var z1, z2 [0]int
	fmt.Println("zero-length equal:", z1 == z2)
	f1 := [2]float64{0, 1}
	negZero := 0.0
	negZero = -negZero
	f2 := [2]float64{negZero, 1}
	fmt.Println("0 vs -0 arrays equal:", f1 == f2)
	var iface1, iface2 any = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println("interfaces holding arrays equal:", iface1 == iface2)
	bs := [3]byte{'a', 'b', 'c'}
	fmt.Println(bs == [3]byte{97, 98, 99}, string(bs[:]))
}
