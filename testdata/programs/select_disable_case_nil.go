package main

import "fmt"

// A quota-limited merger: each source may contribute at most quota items;
// once a source has used its quota (or closed), its case is disabled by
// setting the channel variable to nil.
func mergeWithQuota(quota int, srcs ...<-chan string) []string {
	active := make([]<-chan string, len(srcs))
	copy(active, srcs)
	used := make([]int, len(srcs))
	var out []string
	for {
		a, b := active[0], active[1]
		if a == nil && b == nil {
			return out
		}
		select {
		case v, ok := <-a:
			if !ok || used[0] == quota {
				active[0] = nil
				continue
			}
			used[0]++
			out = append(out, v)
		case v, ok := <-b:
			if !ok || used[1] == quota {
				active[1] = nil
				continue
			}
			used[1]++
			out = append(out, v)
		}
	}
}

func feed(prefix string, n int) <-chan string {
	ch := make(chan string, n)
	for i := 0; i < n; i++ {
		ch <- fmt.Sprintf("%s%d", prefix, i)
	}
	close(ch)
	return ch
}

func main() {
	got := mergeWithQuota(3, feed("a", 5), feed("b", 2))
	countA, countB := 0, 0
	for _, s := range got {
		if s[0] == 'a' {
			countA++
		} else {
			countB++
		}
	}
	fmt.Println("items:", len(got), "from a:", countA, "from b:", countB)

	// Only the non-nil channel can ever be chosen: the order is fixed.
	var never chan int
	ready := make(chan int, 3)
	ready <- 1
	ready <- 2
	ready <- 3
	for i := 0; i < 3; i++ {
		select {
		case v := <-never:
			fmt.Println("impossible", v)
		case never <- 0:
			fmt.Println("impossible send")
		case v := <-ready:
			fmt.Println("ready gave", v)
		}
	}
}
