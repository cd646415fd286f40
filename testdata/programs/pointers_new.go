package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		n = new(Node)
		n.Val = v
		return n
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func inorder(n *Node, visit func(int)) {
	if n == nil {
		return
	}
	inorder(n.Left, visit)
	visit(n.Val)
	inorder(n.Right, visit)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 41
	*p++
	fmt.Println(*p)

	s := new([]string)
	*s = append(*s, "a", "b")
	fmt.Println(*s, len(*s))

	m := new(map[string]int)
	fmt.Println(*m == nil)
	*m = map[string]int{"x": 1}
	(*m)["y"] = 2
	fmt.Println(*m)

	arr := new([3]float64)
	arr[1] = 2.5
	fmt.Println(*arr)

	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	var out []int
	inorder(root, func(v int) { out = append(out, v) })
	fmt.Println(out, "height", height(root))
	pp := &root
	(*pp).Val = 55
	fmt.Println(root.Val, (**pp).Left.Val)
	type pair struct{ a, b int }
	pr := new(pair)
	pr.b = 3
	fmt.Printf("%+v\n", *pr)
}
