package main

import "fmt"

func main() {
	/* 日本語のコメント */ x := undefinedThing
	fmt.Println(x)
}
