// mm
package main

func main() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
	}
	t := make([]int, 0, 8)
	t = append(t, s...)
	println(len(s), s[4], len(t))
}
