package main

import "fmt"

// merge reads from a and b until both are closed, disabling each closed
// input by setting it to nil (a nil channel is never ready in select).
func merge(a, b <-chan int) (sumA, sumB, n int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	return
}

func source(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		for _, v := range vals {
			ch <- v
		}
		close(ch)
	}()
	return ch
}

func main() {
	sa, sb, n := merge(source(1, 2, 3, 4), source(100, 200))
	fmt.Println("sumA:", sa, "sumB:", sb, "count:", n)

	// Optional send: only enabled when there is something to send.
	var pending []string = []string{"x", "y", "z"}
	out := make(chan string, 10)
	for len(pending) > 0 {
		var sendCh chan string
		var next string
		if len(pending) > 0 {
			sendCh = out
			next = pending[0]
		}
		select {
		case sendCh <- next:
			pending = pending[1:]
		}
	}
	close(out)
	for s := range out {
		fmt.Print(s)
	}
	fmt.Println()

	// A select with only nil channels and a default always takes the default.
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	case nilCh <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
}
