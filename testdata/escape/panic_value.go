// mm
package main

type failure struct{ code int }

func mustPositive(n int) int {
	if n < 0 {
		panic(failure{code: n})
	}
	return n
}

func main() {
	defer func() {
		r := recover()
		println(r.(failure).code)
	}()
	mustPositive(3)
	mustPositive(-2)
}
