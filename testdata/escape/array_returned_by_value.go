package main

func squares() [5]int {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	return a
}

func main() {
	a := squares()
	p := &a[4]
	println(*p)
}
