package main

import "fmt"

func F[T any](x T) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return ""
}

func main() {
	fmt.Println(F(1))
}
