package main

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	s := 0
	for v := range ch {
		s += v
	}
	println(s)
}
