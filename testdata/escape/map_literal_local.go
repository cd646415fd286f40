// mm
package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	sum := 0
	for _, v := range m {
		sum += v
	}
	println(len(m), m["b"], sum)
}
