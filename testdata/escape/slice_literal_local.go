// mm
package main

func main() {
	s := []int{5, 6, 7}
	t := []string{"a", "b"}
	arr := [...]int{1, 2, 3}
	u := arr[:]
	u[0] = 9
	println(len(s)+len(t), s[1], t[0], arr[0])
}
