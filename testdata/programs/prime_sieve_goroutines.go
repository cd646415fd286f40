package main

import "fmt"

// The classic concurrent prime sieve: a chain of filter goroutines.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	var primes []int
	for i := 0; i < 100; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	for i, p := range primes {
		fmt.Printf("%4d", p)
		if i%10 == 9 {
			fmt.Println()
		}
	}
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Println("sum of first 100 primes:", sum)
}
