// mm
package main

func main() {
	a, b := 1, 2
	set := map[*int]bool{}
	set[&a] = true
	set[&b] = false
	delete(set, &b)
	_, hasB := set[&b]
	println(len(set), set[&a], hasB)
}
