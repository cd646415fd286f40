// phases.go — a heap that grows and then shrinks: phase 1 builds a 250 MB
// linked structure of 4 KiB blocks and drops it; phase 2 churns 8 GB of
// 4 KiB blocks over a 2 MiB live ring. After phase 1 the heap goal falls
// from ~500 MB to a few MB, so the memory the first phase used is free; a
// runtime that gives free pages back to the OS (Go's background scavenger)
// holds little of it for the rest of the run. Peak RSS is set by phase 1;
// the point of this program is what the runtime keeps after it (visible with
// GODEBUG=gctrace=1 and MemStats). Each phase runs in its own function, so
// no dead pointer to phase 1's blocks is left in main's frame. Prints
// checksums.
package main

import "fmt"

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
	sum := 0
	for b := head; b != nil; b = b.next {
		sum += int(b.data[0]) + int(b.data[3584])
	}
	return sum
}

func phase2() int {
	ring := make([]*block, 512)
	sum := 0
	for i := 0; i < 2000000; i++ {
		b := &block{}
		b.data[i%4000] = byte(i)
		if old := ring[i%512]; old != nil {
			sum += int(old.data[(i-512)%4000])
		}
		ring[i%512] = b
	}
	return sum
}

func main() {
	fmt.Println("phase 1:", phase1())
	fmt.Println("phase 2:", phase2())
}
