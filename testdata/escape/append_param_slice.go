// mm
package main

func push(s []int, v int) []int {
	return append(s, v)
}

func main() {
	s := make([]int, 0, 2)
	s = push(s, 1)
	s = push(s, 2)
	s = push(s, 3)
	println(len(s), s[2])
}
