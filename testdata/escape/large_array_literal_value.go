// mm
package main

func sum(a *[20000]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func main() {
	var a [20000]int
	a[19999] = 7
	var b [1000]int
	b[999] = 8
	println(sum(&a), b[999])
}
