package main

import (
	"fmt"
	"os"
)

func main() {
	parts := []string{"a", "b", "c"}
	out := fmt.Sprint(len(parts), parts[1])
	fmt.Fprintln(os.Stdout, out)
}
