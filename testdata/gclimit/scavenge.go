// scavenge.go — the scavenger under the default GOGC=100, no memory limit
// (no .env): a 250 MB heap is built and dropped, then a small live set
// churns 1.2 GB of 4 KiB blocks (hundreds of cycles at a ~4 MB goal).
// Go's background scavenger gives back the pages the first phase used,
// keeping what it retains near the new, small heap goal (+10%); gomem, which
// has no background workers, does the same work at the end of each cycle's
// sweep. The program checks that the memory held from the OS for the heap
// (HeapSys − HeapReleased) fell from over 200 MB to under 128 MB, and that
// the heap (HeapInuse) is small again (Go's ends near 4 MB, but its
// concurrent cycles overshoot the goal by tens of MB on a loaded machine). Each phase runs in its own function,
// so no dead pointer to the first phase's blocks is left in main's frame.
// Prints only verdicts, so Go's output is the golden.
package main

import (
	"fmt"
	"runtime"
)

type block struct {
	next *block
	data [4000]byte
}

func phase1() int {
	var head *block
	for i := 0; i < 64000; i++ {
		b := &block{next: head}
		for j := 0; j < len(b.data); j += 512 {
			b.data[j] = byte(i + j)
		}
		head = b
	}
	n := 0
	for b := head; b != nil; b = b.next {
		n++
	}
	return n
}

func phase2() int {
	ring := make([]*block, 256)
	sum := 0
	for i := 0; i < 300000; i++ {
		b := &block{}
		b.data[i%4000] = byte(i)
		if old := ring[i%256]; old != nil {
			sum += int(old.data[(i-256)%4000])
		}
		ring[i%256] = b
	}
	return sum
}

func main() {
	var m runtime.MemStats
	fmt.Println("phase 1 blocks:", phase1())
	runtime.ReadMemStats(&m)
	fmt.Println("phase 1 held over 200 MB:", m.HeapSys-m.HeapReleased > 200<<20)
	fmt.Println("phase 2 checksum:", phase2())
	runtime.ReadMemStats(&m)
	fmt.Println("heap small again:", m.HeapInuse < 128<<20)
	fmt.Println("memory returned to the OS:", m.HeapSys-m.HeapReleased < 128<<20)
}
