package main

import "fmt"

type Particle struct {
	X, V float64
}

func step(p *Particle, dt float64) {
	p.X += p.V * dt
	if p.X < 0 || p.X > 10 {
		p.V = -p.V
	}
}

func maxPtr(xs []int) *int {
	m := &xs[0]
	for i := range xs {
		if xs[i] > *m {
			m = &xs[i]
		}
	}
	return m
}

func main() {
	var ps [4]Particle
	for i := range ps {
		ps[i] = Particle{X: float64(i * 3), V: float64(i) + 0.5}
	}
	for t := 0; t < 5; t++ {
		for i := range ps {
			step(&ps[i], 1)
		}
	}
	for i, p := range ps {
		fmt.Printf("p%d x=%.1f v=%.1f\n", i, p.X, p.V)
	}

	nums := []int{3, 9, 2, 7}
	m := maxPtr(nums)
	*m = 0
	fmt.Println(nums)

	arr := [5]int{10, 20, 30, 40, 50}
	p := &arr[2]
	*p += 5
	q := &arr
	q[4] = 0 // auto-deref of pointer to array
	fmt.Println(arr, len(q), *p)
	for i, v := range q {
		if v == 35 {
			fmt.Println("found at", i)
		}
	}
	// Pointer to an element survives slice reallocation of a different header.
	s := make([]int, 1, 1)
	e := &s[0]
	s = append(s, 1)
	*e = 42
	fmt.Println(s[0], *e)
	sp := &s
	(*sp)[1] = 7
	fmt.Println(s)
}
