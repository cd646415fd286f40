// mm
package main

func total(vals []interface{}) int {
	t := 0
	for _, v := range vals {
		if n, ok := v.(int); ok {
			t += n
		}
	}
	return t
}

func main() {
	a, b := 1, 2
	vals := []interface{}{a, b, "x"}
	println(total(vals))
}
