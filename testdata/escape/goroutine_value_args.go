// mm
package main

func square(n int, out chan int) {
	out <- n * n
}

func main() {
	out := make(chan int)
	go square(7, out)
	println(<-out)
}
