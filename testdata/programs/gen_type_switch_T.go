// Type switches and assertions on values of type-parameter type, converted
// to any: each instance takes its own branch.
package main

import "fmt"

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return "string " + v
	case []T:
		return fmt.Sprintf("slice of T, len %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

type tag string

func (t tag) String() string { return "#" + string(t) }

func Sizeof[T any]() string {
	var z T
	switch any(z).(type) {
	case int8, uint8:
		return "1 byte"
	case int64, float64:
		return "8 bytes"
	}
	return "unknown"
}

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe("go"))
	fmt.Println(Describe(tag("x")))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe([]int{1}))
	fmt.Println(Sizeof[int8](), Sizeof[float64](), Sizeof[string]())
}
