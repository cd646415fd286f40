package main

import "fmt"

func main() {
	fmt.Println(`usage:
  prog [flags]
