package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := []Item{{"Coffee", 3.5, 2}, {"Croissant", 2.25, 12}, {"Orange juice (large)", 4.75, 1}}
	fmt.Printf("|%-22s|%8s|%5s|\n", "item", "price", "qty")
	fmt.Printf("|%-22s|%8s|%5s|\n", "----", "-----", "---")
	for _, it := range items {
		fmt.Printf("|%-22.22s|%8.2f|%5d|\n", it.Name, it.Price, it.Qty)
	}
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%x] [%#x] [%08b] [%#o] [%O] [%X]\n", 3054, 3054, 13, 8, 8, -255)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s]\n", "right", "left", "truncate", "ab cd")
	fmt.Printf("[%q] [%+q] [%#q] [%x] [% x] [%X]\n", "héllo\n", "héllo", "back`tick", "hi", "hi", "hi")
	fmt.Printf("[%c] [%5c] [%-3c] [%U] [%#U] [%q]\n", 'G', 'o', '!', '⌘', '⌘', 'x')
	fmt.Printf("[%t] [%6t] [%-6t]\n", true, false, true)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("[%3d%%] [%v] [%3v] [%-4v]\n", 50, []int{1, 2}, 7, "ab")
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	s := fmt.Sprintf("%08.3f|%-8.3f|%+8.3f", 3.14159, 3.14159, 3.14159)
	fmt.Println(s, len(s))
	fmt.Printf("%6.2v|%.3v|%10v|\n", 3.14159, "abcdef", true)
	fmt.Print("a", "b", 1, 2, "c", 3.0, '\n')
	fmt.Print("\n")
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
}
