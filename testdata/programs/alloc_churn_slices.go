package main

import (
	"fmt"
	"runtime"
	"strings"
)

// Repeatedly grows and discards slices, strings and maps of many sizes so
// every size class and the large-object path get used.
func main() {
	checksum := 0
	for round := 0; round < 40; round++ {
		size := 1 << (round % 20) // 1 .. 512Ki elements
		s := make([]int32, 0)
		for i := 0; i < size; i++ {
			s = append(s, int32(i^round))
		}
		checksum += int(s[len(s)-1]) + len(s)
		if round%10 == 9 {
			runtime.GC()
		}
	}
	fmt.Println("slice checksum:", checksum)

	var sb strings.Builder
	for i := 0; i < 20000; i++ {
		sb.WriteString(strings.Repeat("x", i%13))
	}
	fmt.Println("builder length:", sb.Len())

	parts := []string{}
	for i := 0; i < 5000; i++ {
		parts = append(parts, fmt.Sprintf("%04d", i))
	}
	joined := strings.Join(parts, ",")
	fmt.Println("joined length:", len(joined), "fields back:", len(strings.Split(joined, ",")))

	var keep [][]byte
	for i := 0; i < 3000; i++ {
		b := make([]byte, (i*37)%9000+1)
		b[len(b)-1] = byte(i)
		if i%50 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.GC()
	sum := 0
	for _, b := range keep {
		sum += int(b[len(b)-1]) + len(b)
	}
	fmt.Println("kept:", len(keep), "sum:", sum)

	big := make([]float64, 3<<20) // 24 MiB: a large object
	for i := range big {
		big[i] = float64(i % 1000)
	}
	total := 0.0
	for _, v := range big {
		total += v
	}
	fmt.Printf("big slice total: %.0f\n", total)
}
