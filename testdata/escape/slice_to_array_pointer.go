// mm
package main

func head(s []int) *[2]int {
	return (*[2]int)(s)
}

func main() {
	s := []int{4, 5, 6}
	h := head(s)
	h[0] = 40
	arr := [2]int(s)
	println(s[0], arr[1])
}
