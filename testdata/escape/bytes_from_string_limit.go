// mm
package main

func count(b []byte) int { return len(b) }

func main() {
	short := "tiny"
	b := []byte(short)
	s := make([]byte, 40)
	for i := range s {
		s[i] = 'x'
	}
	long := string(s)
	c := []byte(long)
	println(count(b), count(c))
}
