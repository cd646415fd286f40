// mm
package main

func window() []int {
	var arr [6]int
	for i := range arr {
		arr[i] = i * i
	}
	return arr[1:4]
}

func main() {
	w := window()
	println(len(w), w[0], w[2])
}
