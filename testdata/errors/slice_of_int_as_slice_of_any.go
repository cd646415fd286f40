package main

import "fmt"

func printAll(vals []any) {
	for _, v := range vals {
		fmt.Println(v)
	}
}

func main() {
	nums := []int{1, 2, 3}
	printAll(nums)
}
