package main

import (
	"fmt"
	"sync"
)

type Item struct {
	Producer int
	Seq      int
}

func main() {
	const producers = 4
	const perProducer = 250
	buf := make(chan Item, 8)
	var prodWG sync.WaitGroup
	for p := 0; p < producers; p++ {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for s := 0; s < perProducer; s++ {
				buf <- Item{p, s}
			}
		}()
	}
	go func() {
		prodWG.Wait()
		close(buf)
	}()

	const consumers = 3
	type tally struct {
		count   int
		perProd [producers]int
		lastSeq [producers]int
		ordered bool
	}
	tallies := make([]tally, consumers)
	var consWG sync.WaitGroup
	for c := 0; c < consumers; c++ {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			t := &tallies[c]
			t.ordered = true
			for i := range t.lastSeq {
				t.lastSeq[i] = -1
			}
			for it := range buf {
				t.count++
				t.perProd[it.Producer]++
				// Items from one producer arrive in order at any consumer.
				if it.Seq <= t.lastSeq[it.Producer] {
					t.ordered = false
				}
				t.lastSeq[it.Producer] = it.Seq
			}
		}()
	}
	consWG.Wait()
	total := 0
	var perProd [producers]int
	ordered := true
	for _, t := range tallies {
		total += t.count
		for i, n := range t.perProd {
			perProd[i] += n
		}
		ordered = ordered && t.ordered
	}
	fmt.Println("consumed:", total)
	fmt.Println("per producer:", perProd)
	fmt.Println("per-producer order preserved:", ordered)
}
