package main

import "fmt"

type ListNode struct {
	Val  int
	Next *ListNode
}

// remove deletes every node with value v using a pointer to the link.
func remove(head **ListNode, v int) int {
	removed := 0
	for link := head; *link != nil; {
		if (*link).Val == v {
			*link = (*link).Next
			removed++
		} else {
			link = &(*link).Next
		}
	}
	return removed
}

func push(head **ListNode, v int) {
	*head = &ListNode{v, *head}
}

func str(n *ListNode) string {
	s := "["
	for ; n != nil; n = n.Next {
		s += fmt.Sprint(n.Val)
		if n.Next != nil {
			s += " -> "
		}
	}
	return s + "]"
}

func swap(a, b **int) { *a, *b = *b, *a }

func main() {
	var head *ListNode
	for _, v := range []int{3, 1, 3, 2, 3, 4, 3} {
		push(&head, v)
	}
	fmt.Println(str(head))
	fmt.Println("removed", remove(&head, 3), str(head))
	fmt.Println("removed", remove(&head, 9), str(head))
	remove(&head, 4)
	remove(&head, 2)
	remove(&head, 1)
	fmt.Println(str(head), head == nil)

	x, y := 1, 2
	px, py := &x, &y
	swap(&px, &py)
	fmt.Println(*px, *py, x, y)
	ppx := &px
	**ppx = 100
	fmt.Println(x, y)
}
