// make([]T, len, cap) checks at run time: a negative len is "len out of
// range" even when cap is fine; cap below len is "cap out of range".
package main

import "fmt"

func tryMake(n, c int) (err any) {
	defer func() {
		if r := recover(); r != nil {
			err = r
		}
	}()
	s := make([]int, n, c)
	return fmt.Sprint(len(s), cap(s))
}

func main() {
	for _, p := range [][2]int{{2, 3}, {-1, 3}, {2, 1}, {-5, -1}, {0, 0}, {3, 3}} {
		fmt.Println(p, tryMake(p[0], p[1]))
	}
}
