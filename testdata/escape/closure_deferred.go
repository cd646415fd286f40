// mm
package main

func work() (n int) {
	defer func() {
		n *= 2
	}()
	n = 21
	return n
}

func main() {
	msg := "done"
	defer func() {
		println(msg)
	}()
	println(work())
}
