// mm
package main

func main() {
	ch := make(chan []int, 1)
	s := make([]int, 3)
	s[1] = 8
	ch <- s
	r := <-ch
	println(r[1])
}
