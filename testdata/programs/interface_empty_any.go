package main

import (
	"fmt"
	"sort"
)

type Record map[string]any

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		if x {
			return "true"
		}
		return "false"
	case int:
		return fmt.Sprintf("int(%d)", x)
	case float64:
		return fmt.Sprintf("float(%g)", x)
	case string:
		return fmt.Sprintf("%q", x)
	case []any:
		s := "["
		for i, e := range x {
			if i > 0 {
				s += ", "
			}
			s += describe(e)
		}
		return s + "]"
	case Record:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		s := "{"
		for i, k := range keys {
			if i > 0 {
				s += ", "
			}
			s += k + ": " + describe(x[k])
		}
		return s + "}"
	default:
		return fmt.Sprintf("<%T>", x)
	}
}

func main() {
	doc := Record{
		"name":    "gomem",
		"version": 1,
		"ratio":   0.75,
		"stable":  false,
		"tags":    []any{"go", "swift", 3, nil},
		"owner":   Record{"id": 7, "admin": true},
		"extra":   nil,
		"chan":    make(chan int),
	}
	fmt.Println(describe(doc))

	var anything interface{} = 42
	var a any = anything // any is an alias for interface{}
	fmt.Println(a, a == anything)
	values := []any{1, "one", 1.0, '1', []int{1}, struct{}{}, nil}
	for _, v := range values {
		fmt.Printf("%-6v %T\n", v, v)
	}
	var e1, e2 any
	fmt.Println(e1 == e2, e1 == nil)
	e1 = 0
	fmt.Println(e1 == e2, e1 == 0, e1 == int64(0))
}
