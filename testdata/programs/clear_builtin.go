package main

import "fmt"

type Session struct {
	User  string
	Items []string
}

func main() {
	// clear on a slice zeroes every element in place.
	nums := []int{1, 2, 3, 4, 5}
	view := nums[1:3]
	clear(view)
	fmt.Println(nums, len(nums), cap(nums))

	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q\n", strs)

	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)

	sessions := []Session{{"ann", []string{"x"}}, {"bob", nil}}
	clear(sessions)
	fmt.Printf("%+v\n", sessions)

	// clear on a map removes every entry, visible through all references.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	ref := m
	clear(m)
	fmt.Println(len(m), len(ref))
	m["z"] = 26
	fmt.Println(ref)

	// clear of nil and empty values is a no-op.
	var nilSlice []int
	var nilMap map[int]int
	clear(nilSlice)
	clear(nilMap)
	clear([]int{})
	fmt.Println(nilSlice == nil, nilMap == nil)

	// Reusing a buffer: clear keeps the allocation.
	buf := make([]byte, 8)
	copy(buf, "secret!!")
	c := cap(buf)
	clear(buf)
	fmt.Println(buf, cap(buf) == c)

	// clear on an array through a slice expression.
	arr := [4]float64{1.5, 2.5, 3.5, 4.5}
	clear(arr[2:])
	fmt.Println(arr)
}
