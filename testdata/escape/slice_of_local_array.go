// mm
package main

func sumSlice(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var arr [8]int
	for i := range arr {
		arr[i] = i
	}
	println(sumSlice(arr[2:5]))
}
