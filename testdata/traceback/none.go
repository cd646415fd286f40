// GOTRACEBACK=none
package main

func f(x []int) int { return x[5] }

func main() {
	go func() { select {} }()
	println(f(nil))
}
