package main

import (
	"fmt"
	"os"
)

func validate(n int) error {
	if n > 10 {
		return fmt.Errorf("value %d too big", n)
	}
	return nil
}

func main() {
	for _, v := range []int{5, 50} {
		if err := validate(v); err != nil {
			os.Stdout.WriteString(err.Error() + "\n")
		}
	}
}
