package main

var sink []byte

func main() {
	for i := 0; i < 1000; i++ {
		sink = make([]byte, 10000)
	}
	c := make(chan int)
	go func() { <-c }()
	<-c
}
