package main

type msg struct{ code int }

func main() {
	ch := make(chan msg, 1)
	m := msg{code: 7}
	ch <- m
	got := <-ch
	println(got.code)
}
