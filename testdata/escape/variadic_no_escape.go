// mm
package main

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	println(max(3, 9, 4, 1))
	xs := []int{5, 6}
	println(max(0, xs...))
}
