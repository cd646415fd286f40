package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 10
	var f Fahrenheit = 50
	fmt.Println(c + f)
	fmt.Println(c == 10.5, c > "a")
	var i8 int8 = 127
	i8 = i8 + 1
	const k = 10
	k++
	var arr [3]string
	fmt.Println(arr[3], len(arr) + "x")
	var m map[string]int
	fmt.Println(m[1], &m["a"])
	fmt.Println(&k)
	var b bool = 1
	fmt.Println(!5, -"s", ^1.5)
	var q interface{ Foo() }
	q.Bar()
	fmt.Println(b, q)
}
