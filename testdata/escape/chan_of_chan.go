// mm
package main

func server(reqs chan chan int) {
	for reply := range reqs {
		reply <- 42
	}
}

func main() {
	reqs := make(chan chan int)
	go server(reqs)
	reply := make(chan int)
	reqs <- reply
	println(<-reply)
	close(reqs)
}
