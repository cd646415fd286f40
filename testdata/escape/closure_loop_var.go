// mm
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	s := 0
	for _, f := range fs {
		s += f()
	}
	println(s)
}
