package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func talk(s *Speaker) {
	fmt.Println(s.Speak())
}

func main() {
	var s Speaker = Dog{}
	talk(&s)
}
