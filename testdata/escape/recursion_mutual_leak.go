// mm
package main

var sink *int

func ping(n int, p *int) {
	if n == 0 {
		sink = p
		return
	}
	pong(n-1, p)
}

func pong(n int, p *int) {
	ping(n, p)
}

func main() {
	v := 4
	ping(3, &v)
	println(*sink)
}
