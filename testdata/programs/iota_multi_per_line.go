package main

import "fmt"

const (
	A, B = iota, iota * 10 // 0, 0
	C, D                   // 1, 10
	E, F                   // 2, 20
	_, _
	G, H // 4, 40
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

const (
	lo, hi, name = iota, iota + 100, "row"
	lo2, hi2, name2
)

func main() {
	fmt.Println(A, B, C, D, E, F, G, H)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(lo, hi, name, lo2, hi2, name2)
	table := [][2]int{{A, B}, {C, D}, {E, F}, {G, H}}
	for _, row := range table {
		fmt.Printf("%d -> %d\n", row[0], row[1])
	}
}
