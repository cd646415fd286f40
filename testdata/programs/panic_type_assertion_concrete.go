package main

import "fmt"

type Row map[string]any

// total sums a column assuming every value is an int.
func total(rows []Row, col string) int {
	sum := 0
	for _, r := range rows {
		sum += r[col].(int)
	}
	return sum
}

func main() {
	rows := []Row{
		{"name": "a", "qty": 3},
		{"name": "b", "qty": 4},
	}
	fmt.Println("qty total:", total(rows, "qty"))
	rows = append(rows, Row{"name": "c", "qty": "5"}) // a string sneaks in
	fmt.Println("qty total:", total(rows, "qty"))
}
