// mm
package main

import "errors"

var errNotFound = errors.New("not found")

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, errNotFound
	}
	return v, nil
}

func main() {
	m := map[string]int{"a": 1}
	_, err := find(m, "b")
	println(errors.Is(err, errNotFound))
}
