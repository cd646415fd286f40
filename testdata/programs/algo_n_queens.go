package main

import (
	"fmt"
	"strings"
)

func solve(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for r := 0; r < row; r++ {
				if cols[r] == c || cols[r]-c == row-r || c-cols[r] == row-r {
					continue next
				}
			}
			cols[row] = c
			place(row + 1)
		}
	}
	place(0)
	return
}

func main() {
	for n := 1; n <= 9; n++ {
		count, _ := solve(n)
		fmt.Printf("%d-queens: %d solutions\n", n, count)
	}
	_, board := solve(8)
	for _, c := range board {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
}
