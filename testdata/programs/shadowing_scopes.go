package main

import (
	"errors"
	"fmt"
)

var x = "package"

func find(id int) (string, error) {
	if id < 0 {
		return "", errors.New("negative id")
	}
	return fmt.Sprint("item", id), nil
}

func process(ids []int) (result string, err error) {
	for _, id := range ids {
		// := inside the block declares a new err, shadowing the named result.
		name, err := find(id)
		if err != nil {
			fmt.Println("  inner err:", err)
			continue
		}
		result += name + " "
	}
	return result, err // outer err was never assigned
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x := 42 // different type in an inner scope
			fmt.Println(x + 1)
		}
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := len(x); x > 3 {
		fmt.Println("if-scoped x:", x)
	} else {
		fmt.Println("else sees:", x)
	}
	fmt.Println("after if:", x)

	for x := 0; x < 2; x++ {
		fmt.Println("loop x:", x)
	}

	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch x:", x)
	}

	r, err := process([]int{1, -1, 2})
	fmt.Printf("%q %v\n", r, err)

	// Shadowing a builtin and a package name.
	len := func(s string) int { return 99 }
	fmt.Println(len("abc"))
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	true := false
	fmt.Println(true, !true)

	// := with at least one new variable reuses existing ones.
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
}
