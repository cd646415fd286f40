package main

import "fmt"

type ExitCode int

type State string

func (s State) String() string { return "state<" + string(s) + ">" }

func step(n int) {
	if n == 3 {
		panic(ExitCode(42))
	}
	fmt.Println("step", n)
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v of type %T; panicking again with a Stringer\n", r, r)
		panic(State("broken"))
	}()
	for i := 1; i <= 5; i++ {
		step(i)
	}
}
