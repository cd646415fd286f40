// mm
package main

func middle(a *[5]int) []int {
	return a[1:4]
}

func sumArr(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	m := middle(&arr)
	println(len(m), m[0], sumArr(arr))
}
