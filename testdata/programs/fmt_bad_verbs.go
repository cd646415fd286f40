package main

// This program deliberately misuses format verbs (go vet reports them) to
// record how fmt describes the mistakes in its output.

import (
	"errors"
	"fmt"
)

type Temp float64

type Broken struct{}

func (Broken) String() string { panic("String method exploded") }

type NilStringer struct{ name string }

func (n *NilStringer) String() string { return n.name } // dereferences a nil receiver

func main() {
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%t %x\n", 5, true)
	fmt.Printf("%s\n", Temp(21.5))
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%.2f\n", 7)
	fmt.Printf("%c %U\n", "x", 1.5)
	fmt.Printf("100%\n")
	fmt.Printf("%[3]d %d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%-+ #0d|\n", 7)
	fmt.Printf("%w\n", errors.New("w outside Errorf"))
	fmt.Println(fmt.Sprintf("%v", Broken{}))
	var ns *NilStringer
	fmt.Println(fmt.Sprintf("%v|%s", ns, ns))
	fmt.Printf("%v %d\n", []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%x\n", "hello")
	fmt.Println("done")
}
