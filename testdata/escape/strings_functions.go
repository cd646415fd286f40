package main

import "strings"

func main() {
	s := "a,b,c"
	parts := strings.Split(s, ",")
	joined := strings.Join(parts, "-")
	up := strings.ToUpper(joined)
	println(len(parts), up, strings.Contains(s, "b"))
}
