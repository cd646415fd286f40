// mm
package main

type acc struct{ v []int }

func (a *acc) add(x int) { a.v = append(a.v, x) }

func (a acc) sum() int {
	s := 0
	for _, x := range a.v {
		s += x
	}
	return s
}

func main() {
	var a acc
	a.add(3)
	a.add(4)
	println(a.sum())
}
