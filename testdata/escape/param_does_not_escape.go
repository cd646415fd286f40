// mm
package main

type vec struct{ x, y, z float64 }

func dot(a, b *vec) float64 {
	return a.x*b.x + a.y*b.y + a.z*b.z
}

func scale(v *vec, k float64) {
	v.x *= k
	v.y *= k
	v.z *= k
}

func main() {
	a := vec{1, 2, 3}
	b := vec{4, 5, 6}
	scale(&a, 2)
	println(int(dot(&a, &b)))
}
