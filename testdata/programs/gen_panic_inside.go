// A panic inside a generic function: the runtime error and the traceback
// name the instance as Go does (main.At[...]).
package main

import "fmt"

func At[T any](xs []T, i int) T { return xs[i] }

func main() {
	fmt.Println(At([]string{"a", "b"}, 1))
	fmt.Println(At([]int{1, 2, 3}, 5))
}
