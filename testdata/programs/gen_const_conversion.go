// Constants converted to a type parameter (T(0), T(2.5), T(-1i)): not
// constants in Go, each instance gets the value in its own type.
package main

import "fmt"

type Num interface {
	~int | ~int32 | ~float32 | ~float64 | ~complex128
}

func Half[T Num]() T { return T(1) / T(2) }

func Scale[T Num](x T) T { return x * T(3) }

type Text interface{ ~string }

func Greet[S Text](name S) S { return S("hi ") + name }

type MyName string

func main() {
	fmt.Println(Half[int](), Half[float32](), Half[float64](), Half[complex128]())
	fmt.Println(Scale(int32(7)), Scale(1.5), Scale(2i))
	fmt.Printf("%v %T\n", Greet(MyName("ann")), Greet(MyName("x")))
}
