// mm
package main

func set(dst **int, src *int) {
	*dst = src
}

func main() {
	var p *int
	v := 9
	set(&p, &v)
	println(*p)
}
