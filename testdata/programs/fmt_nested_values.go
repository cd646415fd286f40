package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Addr    Address
	Manager *Person
	Scores  map[string]int
	private bool
}

type Pair [2]any

func main() {
	boss := &Person{Name: "Grace", Age: 85}
	p := Person{
		Name:    "Ada",
		Age:     36,
		Tags:    []string{"math", "poetry"},
		Addr:    Address{"London", 12345},
		Manager: boss,
		Scores:  map[string]int{"z": 1, "a": 2},
		private: true,
	}
	pNoPtr := p
	pNoPtr.Manager = nil
	fmt.Printf("%v\n", pNoPtr)
	fmt.Printf("%+v\n", pNoPtr)
	fmt.Printf("%#v\n", pNoPtr)
	fmt.Printf("%v\n", *p.Manager)

	nested := map[string][]map[int]string{
		"b": {{2: "two", 1: "one"}},
		"a": {{}, nil},
	}
	fmt.Printf("%v\n%#v\n", nested, nested)

	matrix := [][]float64{{1, 2.5}, {-3, 0}}
	fmt.Printf("%v %+v %#v\n", matrix, matrix, matrix)
	arr := [3]Address{{"Paris", 75000}}
	fmt.Printf("%v\n%+v\n%#v\n", arr, arr, arr)
	pairs := []Pair{{1, "one"}, {2.5, nil}, {true, []int{1}}}
	fmt.Printf("%v\n%#v\n", pairs, pairs)
	anon := struct {
		X, Y int
		Z    []byte
	}{1, 2, []byte("hi")}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%v %#v %v %#v\n", []byte("go"), []byte("go"), [2]byte{1, 2}, [2]byte{1, 2})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "str", 3.0, 'x', uint8(7))
	fmt.Printf("%#v %#v\n", []any{1, "a", nil}, map[string]any{"k": []int{1}})
	ints := []int{1, 2, 3}
	fmt.Printf("%d %x %q %05d\n", ints, ints, []string{"a", "b"}, ints)
	fmt.Printf("%s %q\n", []string{"x y", "z"}, [][]string{{"a"}, {"b", "c"}})
}
