package main

import "fmt"

type Grid [3][3]int

func fill(g Grid, v int) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
	return g
}

func fillPtr(g *Grid, v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
}

func sum(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	a[0] = 1000 // modifies the copy only
	return
}

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	b := a // full copy
	b[0] = 99
	fmt.Println("a:", a, "b:", b)
	fmt.Println("sum(a):", sum(a), "a after:", a)

	var g Grid
	g2 := fill(g, 7)
	fmt.Println("g:", g)
	fmt.Println("g2:", g2)
	fillPtr(&g, 1)
	fmt.Println("g after fillPtr:", g)

	// Range over an array iterates over a copy.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range saw", v, "array now", arr[2])
		}
	}
	// Range over a pointer to an array does not copy.
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over &arr saw", v)
		}
	}
	// Arrays inside structs copy too.
	type rec struct {
		id   int
		tags [2]string
	}
	r1 := rec{1, [2]string{"x", "y"}}
	r2 := r1
	r2.tags[0] = "changed"
	fmt.Println(r1, r2)
	fmt.Println(len(a), cap(a), len(g), len(g[0]))
	e := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", e, len(e))
}
