package main

import "fmt"

type Inventory struct {
	Owner string
	Items []string       // header copied, backing array shared
	Meta  map[string]int // reference shared
	Slots [3]int         // copied
	Boss  *Inventory     // pointer copied
}

func modify(inv Inventory) {
	inv.Owner = "changed"
	inv.Items[0] = "CHANGED"
	inv.Meta["touched"]++
	inv.Slots[0] = 99
}

func modifyPtr(inv *Inventory) {
	inv.Owner = "changed via ptr"
	inv.Slots[0] = 99
}

func main() {
	inv := Inventory{
		Owner: "alice",
		Items: []string{"sword", "shield"},
		Meta:  map[string]int{},
		Slots: [3]int{1, 2, 3},
	}
	modify(inv)
	fmt.Printf("%+v\n", inv)
	modifyPtr(&inv)
	fmt.Printf("%+v\n", inv)

	cp := inv
	cp.Items = append(cp.Items, "bow") // reallocates: original unaffected
	cp.Items[0] = "axe"
	fmt.Println(inv.Items, cp.Items)

	// Deep copy by hand.
	deep := inv
	deep.Items = append([]string(nil), inv.Items...)
	deep.Meta = map[string]int{}
	for k, v := range inv.Meta {
		deep.Meta[k] = v
	}
	deep.Items[0] = "deep"
	deep.Meta["touched"] = 100
	fmt.Println(inv.Items, inv.Meta, deep.Items, deep.Meta)

	// Array of structs vs slice of pointers.
	type cell struct{ v int }
	arr := [2]cell{{1}, {2}}
	arr2 := arr
	arr2[0].v = 10
	ptrs := []*cell{&arr[0], &arr[1]}
	ptrs[1].v = 20
	fmt.Println(arr, arr2, *ptrs[0], *ptrs[1])
	inv.Boss = &inv
	fmt.Println(inv.Boss.Boss.Owner)
}
