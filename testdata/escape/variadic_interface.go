// mm
package main

func count(args ...interface{}) int {
	n := 0
	for _, a := range args {
		if a != nil {
			n++
		}
	}
	return n
}

func main() {
	x := 5
	s := "s"
	println(count(x, s, nil, &x))
}
