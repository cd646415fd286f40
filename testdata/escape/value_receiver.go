// mm
package main

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

func (r rect) ptrToW() *int { return &r.w }

func main() {
	r := rect{3, 4}
	p := r.ptrToW()
	*p = 100
	println(r.area(), r.w, *p)
}
