// mm
package main

var keepPtr *int

func stash(pp **int) {
	keepPtr = *pp
}

func main() {
	x := 10
	p := &x
	stash(&p)
	println(*keepPtr)
}
