// mm
package main

func kind(v interface{}) string {
	switch x := v.(type) {
	case int:
		if x > 0 {
			return "positive int"
		}
		return "int"
	case *int:
		return "pointer"
	case string:
		return "string:" + x
	}
	return "other"
}

func main() {
	n := 5
	println(kind(n), kind(&n), kind("s"))
}
