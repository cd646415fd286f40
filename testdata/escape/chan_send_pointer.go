// mm
package main

type msg struct{ body string }

func main() {
	ch := make(chan *msg, 1)
	m := msg{body: "hi"}
	ch <- &m
	got := <-ch
	println(got.body)
}
