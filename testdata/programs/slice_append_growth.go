package main

import "fmt"

type pair struct{ a, b int64 }

func main() {
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Printf("int: len=%4d cap=%4d\n", len(s), cap(s))
			prevCap = cap(s)
		}
	}

	var bs []byte
	prevCap = -1
	for i := 0; i < 3000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != prevCap {
			fmt.Printf("byte: len=%4d cap=%4d\n", len(bs), cap(bs))
			prevCap = cap(bs)
		}
	}

	var ps []pair
	prevCap = -1
	for i := 0; i < 600; i++ {
		ps = append(ps, pair{int64(i), int64(-i)})
		if cap(ps) != prevCap {
			fmt.Printf("pair: len=%4d cap=%4d\n", len(ps), cap(ps))
			prevCap = cap(ps)
		}
	}

	// Appending many elements at once.
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7)
	fmt.Println("multi-append:", len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println("append 11 to nil:", len(y), cap(y))
	z := append([]byte("hello"), " world, this is long"...)
	fmt.Println("append string:", len(z), cap(z), string(z))
	st := make([]string, 0, 5)
	for i := 0; i < 7; i++ {
		st = append(st, "s")
		fmt.Print(cap(st), " ")
	}
	fmt.Println()
}
