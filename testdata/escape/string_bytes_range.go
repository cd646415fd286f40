// mm
package main

func vowels(s string) int {
	n := 0
	for _, c := range []byte(s) {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func main() {
	b := append([]byte(nil), "xyz"...)
	println(vowels("education"), len(b))
}
