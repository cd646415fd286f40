// bigheap.go — a 300 MB live heap with churn: 150,000 records of 2 KiB
// (a 2000-byte payload and pointers to two of 65,536 long-lived anchors,
// which link to each other) kept live in a table, then rounds of churn in
// which random records are replaced by new ones and short-lived garbage is
// allocated beside them. A replaced record is garbage at once (nothing
// points at records but the table), so the live heap stays near 300 MB
// throughout: each collection marks a large heap while the mutator keeps
// allocating. Prints a checksum over the table.
package main

import "fmt"

const (
	records = 150000
	anchors = 65536
	churn   = 300000
)

type anchor struct {
	next *anchor
	id   int
}

type record struct {
	a, b    *anchor
	id      int
	payload [2000]byte
}

var rng uint64 = 88172645463325252

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

func newRecord(id int, pool []*anchor) *record {
	r := &record{id: id}
	r.payload[0] = byte(id)
	r.payload[len(r.payload)-1] = byte(id >> 8)
	r.a = pool[int(next()%anchors)]
	r.b = pool[int(next()%anchors)]
	return r
}

func main() {
	pool := make([]*anchor, anchors)
	for i := range pool {
		pool[i] = &anchor{id: i}
	}
	for i := range pool {
		pool[i].next = pool[int(next()%anchors)]
	}
	table := make([]*record, records)
	for i := range table {
		table[i] = newRecord(i, pool)
	}
	garbage := 0
	for i := 0; i < churn; i++ {
		j := int(next() % records)
		table[j] = newRecord(records+i, pool)
		// Short-lived garbage beside the replacement.
		tmp := make([]int, 32+int(next()%256))
		tmp[len(tmp)-1] = i
		garbage += tmp[len(tmp)-1] & 1
	}
	sum := 0
	for _, r := range table {
		sum += r.id + int(r.payload[0]) + int(r.payload[len(r.payload)-1])
		sum += r.a.id&0xff + r.b.next.id&0xf
	}
	fmt.Println("records:", len(table))
	fmt.Println("garbage:", garbage)
	fmt.Println("checksum:", sum)
}
