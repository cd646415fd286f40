package main

import (
	"errors"
	"fmt"
	"strconv"
)

type config struct {
	port    int
	verbose bool
}

var errBadPort = errors.New("bad port")

// parse shows := in an if statement shadowing an outer variable.
func parse(args map[string]string) (cfg config, err error) {
	if p, ok := args["port"]; ok {
		port, err := strconv.Atoi(p) // shadows the named result err
		if err != nil {
			return cfg, fmt.Errorf("%w: %v", errBadPort, err)
		}
		cfg.port = port
	}
	if v, ok := args["verbose"]; ok {
		cfg.verbose, err = strconv.ParseBool(v) // assigns the named result
	}
	return
}

type string2 = string

func main() {
	for _, args := range []map[string]string{
		{"port": "8080"},
		{"port": "http"},
		{"port": "9000", "verbose": "yes"},
		{"verbose": "true"},
	} {
		cfg, err := parse(args)
		fmt.Printf("%+v err=%v badport=%t\n", cfg, err, errors.Is(err, errBadPort))
	}

	// Shadowing inside a loop: the outer total is never updated.
	total := 0
	for _, n := range []int{1, 2, 3} {
		total := total + n
		_ = total
	}
	fmt.Println("total after shadowed loop:", total)

	// Shadowing a type name with a variable.
	var s string2 = "alias"
	{
		string2 := 5
		fmt.Println(s, string2+1)
	}

	// Shadowing in an else-if chain: each condition's variable is visible below.
	if x := 1; x > 5 {
		fmt.Println("big")
	} else if y := x * 10; y > 5 {
		fmt.Println("x =", x, "y =", y)
	} else {
		fmt.Println("neither", x, y)
	}

	// Function parameter shadowed by a named variable in a closure.
	f := func(n int) func() int {
		return func() int {
			n := n * 2
			return n
		}
	}
	fmt.Println(f(21)())
}
