// mm
package main

var first *string

func grabFirst(list []*string) {
	if len(list) > 0 {
		first = list[0]
	}
}

func main() {
	a, b := "a", "b"
	list := []*string{&a, &b}
	grabFirst(list)
	println(*first, len(list))
}
