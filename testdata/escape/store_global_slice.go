// mm
package main

var saved []int

func remember(s []int) {
	saved = s
}

func main() {
	buf := []int{1, 2, 3}
	remember(buf)
	local := []int{4, 5, 6}
	n := 0
	for _, v := range local {
		n += v
	}
	println(len(saved), saved[2], n)
}
