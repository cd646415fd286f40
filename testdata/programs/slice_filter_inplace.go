package main

import "fmt"

func filter(xs []int, keep func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func dedupSorted(xs []string) []string {
	if len(xs) == 0 {
		return xs
	}
	j := 1
	for i := 1; i < len(xs); i++ {
		if xs[i] != xs[j-1] {
			xs[j] = xs[i]
			j++
		}
	}
	return xs[:j]
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func rotate(xs []int, k int) {
	k %= len(xs)
	reverse(xs[:k])
	reverse(xs[k:])
	reverse(xs)
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("evens:", evens, "len", len(evens), "cap", cap(evens))
	fmt.Println("backing array now:", nums)

	words := []string{"a", "a", "b", "c", "c", "c", "d", "e", "e"}
	fmt.Println("dedup:", dedupSorted(words))

	r := []int{1, 2, 3, 4, 5, 6, 7}
	rotate(r, 3)
	fmt.Println("rotate 3:", r)
	reverse(r)
	fmt.Println("reversed:", r)

	// Chunking.
	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	var chunks [][]int
	for size := 3; len(data) > 0; {
		n := min(size, len(data))
		chunks = append(chunks, data[:n:n])
		data = data[n:]
	}
	fmt.Println("chunks:", chunks)
	chunks[0] = append(chunks[0], 100)
	fmt.Println("after append to chunk 0:", chunks)
}
