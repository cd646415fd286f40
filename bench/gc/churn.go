// churn.go — allocation churn of mixed sizes over a small live set: a ring
// of 1024 slots, each replaced in turn by a freshly allocated object whose
// size is drawn (log-uniform, deterministic xorshift) from 16 B to 64 KiB.
// One in four objects is a []*[]byte whose first 8 entries point at the
// payloads of other ring cells (so the collector scans pointer arrays and
// a replaced payload may outlive its cell by one hop, never more); the rest
// are []byte. The live set stays near 1024 objects (about 8 MiB, at most
// twice that with the one-hop survivors) while about 2.5 GB pass through
// the allocator. Prints a checksum of the bytes and links
// seen, deterministic for a given seed.
package main

import "fmt"

const (
	slots  = 1024
	rounds = 300000
)

type cell struct {
	data []byte
	ptrs []*[]byte
	id   int
}

var rng uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

// size returns a log-uniform size in [16, 65536].
func size() int {
	r := next()
	shift := 4 + int(r%13) // 16 .. 65536
	lo := 1 << uint(shift-1)
	if shift == 4 {
		lo = 16
		return lo
	}
	return lo + int((r>>8)%uint64(lo+1))
}

func main() {
	ring := make([]*cell, slots)
	sum := 0
	for i := 0; i < rounds; i++ {
		n := size()
		c := &cell{id: i}
		if i%4 == 0 {
			k := n / 8
			c.ptrs = make([]*[]byte, k)
			for j := 0; j < k && j < 8; j++ {
				if o := ring[int(next()%slots)]; o != nil && o.data != nil {
					c.ptrs[j] = &o.data
				}
			}
		} else {
			c.data = make([]byte, n)
			c.data[0] = byte(i)
			c.data[n-1] = byte(n)
		}
		slot := int(next() % slots)
		if old := ring[slot]; old != nil {
			if len(old.data) > 0 {
				sum += int(old.data[0]) + int(old.data[len(old.data)-1])
			}
			for _, p := range old.ptrs {
				if p != nil {
					sum += len(*p) & 0xff
					break
				}
			}
		}
		ring[slot] = c
	}
	live := 0
	for _, c := range ring {
		if c != nil {
			live += len(c.data) + 8*len(c.ptrs)
		}
	}
	fmt.Println("rounds:", rounds)
	fmt.Println("checksum:", sum)
	fmt.Println("live bytes:", live)
}
