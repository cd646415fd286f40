// alloc.go — Go's side of scripts/bench-alloc.sh: ns per new([size]byte).
//
// Usage: go run alloc.go N [repeats]
// For each size, allocates N objects into a global sink, `repeats` times,
// and prints the median ns per allocation from process CPU time (so the
// collector's background work on other threads is counted too) and, as a
// second view, the median wall-clock ns per allocation.
// Output: "alloc <size> <median cpu ns/op> <min cpu ns/op> <median wall ns/op>".
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"syscall"
	"time"
)

var (
	sink16   *[16]byte
	sink32   *[32]byte
	sink64   *[64]byte
	sink128  *[128]byte
	sink256  *[256]byte
	sink1024 *[1024]byte
)

func cpuNanos() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

//go:noinline
func run(size, n int) {
	switch size {
	case 16:
		for i := 0; i < n; i++ {
			sink16 = new([16]byte)
		}
	case 32:
		for i := 0; i < n; i++ {
			sink32 = new([32]byte)
		}
	case 64:
		for i := 0; i < n; i++ {
			sink64 = new([64]byte)
		}
	case 128:
		for i := 0; i < n; i++ {
			sink128 = new([128]byte)
		}
	case 256:
		for i := 0; i < n; i++ {
			sink256 = new([256]byte)
		}
	case 1024:
		for i := 0; i < n; i++ {
			sink1024 = new([1024]byte)
		}
	}
}

func main() {
	n, repeats := 1000000, 9
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		repeats, _ = strconv.Atoi(os.Args[2])
	}
	for _, size := range []int{16, 32, 64, 128, 256, 1024} {
		run(size, n/10) // warm up
		times := make([]float64, 0, repeats)
		walls := make([]float64, 0, repeats)
		for r := 0; r < repeats; r++ {
			w0 := time.Now()
			t0 := cpuNanos()
			run(size, n)
			t1 := cpuNanos()
			walls = append(walls, float64(time.Since(w0).Nanoseconds())/float64(n))
			times = append(times, float64(t1-t0)/float64(n))
		}
		sort.Float64s(times)
		sort.Float64s(walls)
		fmt.Printf("alloc %d %.2f %.2f %.2f\n", size, times[len(times)/2], times[0], walls[len(walls)/2])
	}
}
