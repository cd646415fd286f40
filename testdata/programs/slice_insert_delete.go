package main

import "fmt"

type Todo struct {
	ID    int
	Title string
	Done  bool
}

func insertAt(list []Todo, i int, t Todo) []Todo {
	list = append(list, Todo{})
	copy(list[i+1:], list[i:])
	list[i] = t
	return list
}

func removeAt(list []Todo, i int) []Todo {
	return append(list[:i], list[i+1:]...)
}

func show(list []Todo) {
	for i, t := range list {
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Printf("  %d. [%s] #%d %s\n", i+1, mark, t.ID, t.Title)
	}
	fmt.Println("  len", len(list), "cap", cap(list))
}

func main() {
	var list []Todo
	titles := []string{"write parser", "type check", "emit code", "run tests"}
	for i, t := range titles {
		list = append(list, Todo{ID: i + 1, Title: t})
	}
	fmt.Println("initial:")
	show(list)
	list = insertAt(list, 1, Todo{ID: 5, Title: "design AST"})
	list = insertAt(list, 0, Todo{ID: 6, Title: "read spec"})
	fmt.Println("after inserts:")
	show(list)
	list[0].Done = true
	list[2].Done = true
	// Remove completed items while iterating backwards.
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].Done {
			list = removeAt(list, i)
		}
	}
	fmt.Println("after removing done:")
	show(list)
	list = list[:0]
	fmt.Println("cleared:")
	show(list)
}
