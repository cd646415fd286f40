// mm
package main

func produce(p *int, done chan bool) {
	*p = 123
	done <- true
}

func main() {
	done := make(chan bool)
	v := 0
	go produce(&v, done)
	<-done
	println(v)
}
