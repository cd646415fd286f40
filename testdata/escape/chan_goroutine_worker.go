// mm
package main

func worker(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go worker(in, out)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
	}()
	s := 0
	for v := range out {
		s += v
	}
	println(s)
}
