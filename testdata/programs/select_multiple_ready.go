package main

import "fmt"

// When several cases are ready, select picks one at random. The totals
// below do not depend on which one is chosen each time.
func main() {
	a := make(chan int, 50)
	b := make(chan int, 50)
	for i := 1; i <= 50; i++ {
		a <- i
		b <- i * 1000
	}
	sumA, sumB, fromA, fromB := 0, 0, 0, 0
	for i := 0; i < 100; i++ {
		select {
		case v := <-a:
			sumA += v
			fromA++
		case v := <-b:
			sumB += v
			fromB++
		}
	}
	fmt.Println("sumA:", sumA, "sumB:", sumB, "total received:", fromA+fromB)
	fmt.Println("both drained:", len(a) == 0 && len(b) == 0)

	// Both a send and a receive ready: either way the end state is the same.
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 7
	handled := 0
	for handled < 2 {
		select {
		case v := <-in:
			_ = v
			handled++
		case out <- 8:
			handled++
		}
	}
	fmt.Println("handled:", handled, "in:", len(in), "out:", len(out), <-out)
	// Fairness: with many iterations both cases get chosen.
	c1 := make(chan bool, 1)
	c2 := make(chan bool, 1)
	n1, n2 := 0, 0
	for i := 0; i < 2000; i++ {
		c1 <- true
		c2 <- true
		select {
		case <-c1:
			n1++
			<-c2
		case <-c2:
			n2++
			<-c1
		}
	}
	fmt.Println("both chosen at least once:", n1 > 0 && n2 > 0, "sum:", n1+n2)
}
