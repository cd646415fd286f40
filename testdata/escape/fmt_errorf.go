package main

import (
	"errors"
	"fmt"
)

var base = errors.New("base")

func wrap(name string, n int) error {
	return fmt.Errorf("%s failed after %d tries: %w", name, n, base)
}

func main() {
	err := wrap("fetch", 3)
	fmt.Println(err, errors.Is(err, base))
}
