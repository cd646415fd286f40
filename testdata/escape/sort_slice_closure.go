// mm
package main

import "sort"

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"a", 30}, {"b", 20}, {"c", 25}}
	sort.Slice(people, func(i, j int) bool {
		return people[i].age < people[j].age
	})
	println(people[0].name, people[1].name, people[2].name)
}
