// mm
package main

func countA(b []byte) int {
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func main() {
	s := "banana"
	b := []byte(s)
	println(countA(b))
	println(string(b) == "banana")
}
