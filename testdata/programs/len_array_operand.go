// len_array_operand: len and cap of an array-typed operand that holds a
// call or a receive are not constants — the operand is evaluated (with its
// side effects and panics); a constant one is not evaluated, in len and in
// a range with at most one iteration variable.
package main

import "fmt"

var calls int

func arr() [4]int { calls++; return [4]int{1, 2, 3, 4} }

//go:noinline
func nilArr() *[5]int { calls++; return nil }

var nilVar *[3]int

func lenDeref() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	n := len(*nilArr())
	return fmt.Sprint("no panic ", n)
}

func rangeDeref() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	k := 0
	for range *nilArr() {
		k++
	}
	return fmt.Sprint("no panic ", k)
}

func rangeValue() (r string) {
	defer func() { r = fmt.Sprint("recovered: ", recover()) }()
	t := 0
	for _, v := range *nilVar {
		t += v
	}
	return fmt.Sprint("no panic ", t)
}

func main() {
	fmt.Println(len(arr()), cap(arr()), calls)
	c := make(chan [2]string, 1)
	c <- [2]string{"x", "y"}
	fmt.Println(len(<-c), len(c))
	fmt.Println(len(nilArr()), cap(nilArr()), calls)
	fmt.Println(len(*nilVar), cap(nilVar), len(nilVar))
	fmt.Println(lenDeref(), calls)
	fmt.Println(rangeDeref(), calls)
	k := 0
	for i := range *nilVar {
		k += i
	}
	for range nilVar {
		k++
	}
	fmt.Println("ranges over a nil array pointer's constant length:", k)
	fmt.Println(rangeValue())
}
