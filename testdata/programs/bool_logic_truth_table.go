package main

import "fmt"

var calls []string

func t(name string) bool {
	calls = append(calls, name)
	return true
}

func f(name string) bool {
	calls = append(calls, name)
	return false
}

func main() {
	vals := []bool{false, true}
	fmt.Println("a     b     and   or    xor   nand")
	for _, a := range vals {
		for _, b := range vals {
			fmt.Printf("%-5t %-5t %-5t %-5t %-5t %-5t\n", a, b, a && b, a || b, a != b, !(a && b))
		}
	}
	// Short circuit evaluation.
	calls = nil
	_ = f("f1") && t("t1")
	fmt.Println("f1 && t1 evaluated:", calls)
	calls = nil
	_ = t("t2") || f("f2")
	fmt.Println("t2 || f2 evaluated:", calls)
	calls = nil
	_ = f("a") || t("b") && f("c") || t("d")
	fmt.Println("f||t&&f||t evaluated:", calls)

	var zero bool
	fmt.Println("zero value:", zero, "negated:", !zero)
	flags := map[string]bool{"verbose": true}
	fmt.Println("verbose:", flags["verbose"], "debug:", flags["debug"])
	cnt := 0
	for i := range 20 {
		if i%2 == 0 != (i%3 == 0) {
			cnt++
		}
	}
	fmt.Println("even xor div3 count:", cnt)
	fmt.Printf("%v %t %5t|\n", true, false, true)
}
