package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string, log bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, log)
	moves++
	if log {
		fmt.Printf("move disk %d from %s to %s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, log)
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func flatten(v any) []int {
	switch t := v.(type) {
	case int:
		return []int{t}
	case []any:
		var out []int
		for _, e := range t {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return nil
}

func main() {
	hanoi(3, "A", "C", "B", true)
	fmt.Println("moves for 3:", moves)
	for _, n := range []int{10, 20} {
		moves = 0
		hanoi(n, "A", "C", "B", false)
		fmt.Printf("moves for %d: %d\n", n, moves)
	}
	for _, p := range permutations([]int{1, 2, 3}) {
		fmt.Print(p, " ")
	}
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	fmt.Println(power(2, 10), power(3, 13), power(7, 0))
	nested := []any{1, []any{2, 3, []any{4, []any{5}}}, 6, []any{}}
	fmt.Println(flatten(nested))
}
