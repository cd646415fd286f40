package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}

	// Two-index slice shares spare capacity: append overwrites base.
	a := base[2:4]
	fmt.Println("a:", a, "len", len(a), "cap", cap(a))
	a = append(a, 100)
	fmt.Println("after append a:", a, "base:", base)

	// Three-index slice limits capacity: append must reallocate.
	base = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	b := base[2:4:4]
	fmt.Println("b:", b, "len", len(b), "cap", cap(b))
	b = append(b, 200)
	fmt.Println("after append b:", b, "base:", base)

	c := base[5:7:9]
	fmt.Println("c:", c, "len", len(c), "cap", cap(c))
	c = append(c, -1, -2)
	fmt.Println("c grows in place:", c, "base:", base)
	c = append(c, -3)
	c[0] = 555
	fmt.Println("c reallocated:", c, "base:", base)

	// Reslicing up to capacity.
	d := base[:0]
	fmt.Println("d:", d, len(d), cap(d))
	d = d[:cap(d)]
	fmt.Println("d extended:", len(d), d[9])

	// Slicing arrays and strings.
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:5]
	fmt.Println(s, len(s), cap(s), s[:cap(s)])
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8])
	full := base[:]
	fmt.Println(len(full), cap(full), full[len(full)-1])
	e := base[10:]
	fmt.Println("empty tail:", e, len(e), cap(e), e == nil)
}
