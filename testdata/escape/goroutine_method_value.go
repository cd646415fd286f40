// mm
package main

type job struct {
	n    int
	done chan int
}

func (j *job) run() { j.done <- j.n * 2 }

func main() {
	j := job{n: 21, done: make(chan int)}
	go j.run()
	println(<-j.done)
}
