package main

import "fmt"

func f1() int { return "a" }
func f2() string { return 1 }
func f3() bool { return 0 }
func f4() (int, int) { return 1 }
func f5() { return 2 }
func f6() float64 { return "b" }
func f7() int { return nil }
func f8() []int { return 3 }
func f9() map[string]int { return "m" }
func f10() error { return 42 }
func f11() int { return true }
func f12() string { return 'c' + 1.5 }

func main() {
	fmt.Println("hi")
}
