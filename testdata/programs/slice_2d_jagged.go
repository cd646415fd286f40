package main

import "fmt"

func pascal(rows int) [][]int {
	tri := make([][]int, rows)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	return tri
}

func makeGrid(h, w int) [][]rune {
	// One backing array shared by all rows.
	cells := make([]rune, h*w)
	grid := make([][]rune, h)
	for i := range grid {
		grid[i] = cells[i*w : (i+1)*w]
	}
	for i := range cells {
		cells[i] = '.'
	}
	return grid
}

func main() {
	for _, row := range pascal(10) {
		fmt.Println(row)
	}
	g := makeGrid(5, 9)
	for i := 0; i < 5; i++ {
		g[i][i*2] = '\\'
		g[i][8-i*2] = '/'
	}
	for _, row := range g {
		fmt.Println(string(row))
	}
	jag := [][]string{{"a"}, {}, {"b", "c", "d"}, nil}
	total := 0
	for i, r := range jag {
		total += len(r)
		fmt.Printf("row %d len %d nil %t\n", i, len(r), r == nil)
	}
	fmt.Println("total", total, jag)
}
