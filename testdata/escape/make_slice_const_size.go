// mm
package main

func main() {
	s := make([]int, 10)
	for i := range s {
		s[i] = i
	}
	b := make([]byte, 0, 32)
	b = append(b, "abc"...)
	println(s[9], len(b))
}
