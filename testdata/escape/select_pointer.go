// mm
package main

func main() {
	a := make(chan *int, 1)
	var b chan int // nil: never ready, so the select is deterministic
	x := 3
	select {
	case a <- &x:
	case b <- x:
	}
	p := <-a
	println(*p)
}
