package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprint("other")
}

func main() {
	fmt.Println(describe(1))
}
