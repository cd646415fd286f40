package main

import "fmt"

func main() {
	n := 3
	if n > 2 {
		goto done
	}
	msg := "small"
	fmt.Println(msg)
done:
	fmt.Println("done")
}
