// mm
package main

func main() {
	var last *int
	for i := 0; i < 3; i++ {
		v := i * 10
		last = &v
	}
	sum := 0
	for i := 0; i < 3; i++ {
		w := i
		p := &w
		sum += *p
	}
	println(*last, sum)
}
