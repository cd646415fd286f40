package main

func gen(n int) <-chan int {
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	return ch
}

func main() {
	t := 0
	for v := range gen(4) {
		t += v
	}
	println(t)
}
