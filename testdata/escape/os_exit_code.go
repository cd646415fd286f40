// mm
package main

import "os"

func status(vals []int) int {
	for _, v := range vals {
		if v < 0 {
			return 3
		}
	}
	return 0
}

func main() {
	vals := []int{1, -1}
	code := status(vals)
	println("exiting with", code)
	os.Exit(code)
}
