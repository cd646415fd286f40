// Function literals inside generic bodies: closures capture variables of
// the instance's types, are named after the instance, and outlive it.
package main

import "fmt"

func Counter[T int | float64](step T) (func() T, func() T) {
	var n T
	inc := func() T { n += step; return n }
	get := func() T { return n }
	return inc, get
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	inc, get := Counter(2)
	inc()
	inc()
	fmt.Println(get())
	finc, fget := Counter(0.5)
	finc()
	fmt.Println(fget())
	calls := 0
	sq := Memo(func(x int) int { calls++; return x * x })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	h := Compose(func(s string) int { return len(s) }, func(n int) []int { return make([]int, n) })
	fmt.Println(h("abc"))
	fmt.Printf("%T\n", h)
}
