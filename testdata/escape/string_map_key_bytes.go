// mm
package main

func main() {
	m := map[string]int{"key": 5}
	b := []byte("key")
	v := m[string(b)]
	m[string(b)] = v + 1
	if string(b) == "key" {
		println(v, m["key"])
	}
}
