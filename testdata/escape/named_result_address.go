// mm
package main

func compute() (result int, p *int) {
	result = 10
	p = &result
	return
}

func main() {
	r, p := compute()
	*p = 20
	println(r, *p)
}
