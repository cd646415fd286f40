package main

import "fmt"

type celsius float64

func (c celsius) String() string {
	return fmt.Sprintf("%.1fC", float64(c))
}

func main() {
	t := celsius(21.5)
	fmt.Println(t)
	fmt.Println(t.String())
}
