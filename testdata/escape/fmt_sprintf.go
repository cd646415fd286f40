// mm
package main

import "fmt"

func label(id int, name string) string {
	return fmt.Sprintf("%03d-%s", id, name)
}

func main() {
	s := label(7, "seven")
	println(s)
}
