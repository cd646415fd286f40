// mm
package main

func largest(ps []*int) *int {
	best := ps[0]
	for _, p := range ps {
		if *p > *best {
			best = p
		}
	}
	return best
}

func main() {
	a, b, c := 3, 9, 4
	m := largest([]*int{&a, &b, &c})
	println(*m)
}
