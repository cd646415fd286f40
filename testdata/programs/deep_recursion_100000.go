package main

import "fmt"

type Frame struct {
	a, b, c, d int64
}

// depth recurses n levels; each frame holds a little local state so the
// goroutine stack must grow many times (and be copied) to finish.
func depth(n int, f Frame) int64 {
	if n == 0 {
		return f.a + f.b + f.c + f.d
	}
	local := Frame{f.a + 1, f.b + 2, f.c ^ int64(n), f.d}
	return depth(n-1, local) + 1
}

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func walk(n int, p *int) {
	// Pointers into the caller's frame must stay valid when the stack moves.
	if n == 0 {
		*p += 1
		return
	}
	x := n
	walk(n-1, &x)
	*p += x
}

func main() {
	fmt.Println("depth:", depth(100000, Frame{}))
	fmt.Println("sumTo(100000):", sumTo(100000))
	r := 0
	walk(100000, &r)
	fmt.Println("walk:", r)
	// Do it again in a goroutine, which starts with a small stack too.
	done := make(chan int)
	go func() { done <- sumTo(200000) }()
	fmt.Println("goroutine sumTo(200000):", <-done)
}
