// defer_builtins: defer and go of builtins (close, delete, print, println,
// panic, recover, copy, clear) with operands evaluated at the statement, and
// builtins applied to a multi-valued call (copy(f()), delete(g()),
// print(h()), complex(k()), append(l())).
package main

import "fmt"

func next(p *int) int { *p++; return *p }

func closer(c chan int) {
	defer close(c)
	c <- 1
	c <- 2
}

func deleter(m map[string]int, k string) {
	defer delete(m, k)
	k = "other"
	fmt.Println("in deleter, len", len(m))
}

func copier(dst []int, src []int) {
	defer copy(dst, src)
	src = []int{9, 9, 9}
	fmt.Println("in copier", dst)
}

func clearer(m map[int]bool, s []int) {
	defer clear(m)
	defer clear(s)
	fmt.Println("before clear", len(m), s)
}

func printer() {
	n := 0
	defer println("deferred println", next(&n), n, true, 2.5, "s")
	defer print("deferred print ", next(&n), "\n")
	n = 100
	fmt.Println("printer body n =", n)
}

func panicker() (r string) {
	defer func() { r = fmt.Sprint("recovered ", recover()) }()
	x := 1
	defer panic(fmt.Sprintf("deferred panic x=%d", x))
	x = 2
	return "normal"
}

func panicError() (r string) {
	defer func() {
		e := recover()
		r = fmt.Sprintf("%T %v", e, e)
	}()
	defer panic(fmt.Errorf("wrapped %d", 3))
	return "normal"
}

func recoverIsNotDirect() (r string) {
	defer func() { r = fmt.Sprint("outer recovered: ", recover()) }()
	defer recover()
	panic("boom")
}

func pair(a []byte) ([]byte, string) { return a, "xyz" }
func mapKey(m map[int]string) (map[int]string, int) { return m, 2 }
func parts() (float64, float64) { return 1.5, -2 }
func more() ([]string, string, string) { return []string{"a"}, "b", "c" }
func trio() (int, string, bool) { return 7, "seven", true }

func main() {
	c := make(chan int, 2)
	closer(c)
	for v := range c {
		fmt.Println("got", v)
	}

	m := map[string]int{"a": 1, "b": 2}
	deleter(m, "a")
	fmt.Println(m)

	dst := make([]int, 3)
	copier(dst, []int{1, 2, 3, 4})
	fmt.Println(dst)

	mm := map[int]bool{1: true, 2: false}
	s := []int{4, 5, 6}
	clearer(mm, s)
	fmt.Println(len(mm), s)

	printer()
	fmt.Println(panicker())
	fmt.Println(panicError())
	fmt.Println(recoverIsNotDirect())

	done := make(chan bool)
	go close(done)
	<-done
	fmt.Println("closed by go close")

	b := []byte("abcdef")
	n := copy(pair(b))
	fmt.Println(n, string(b))
	km := map[int]string{1: "one", 2: "two"}
	delete(mapKey(km))
	fmt.Println(km)
	fmt.Println(complex(parts()))
	fmt.Println(append(more()))
	println(trio())
	print(trio())
	println()
}
