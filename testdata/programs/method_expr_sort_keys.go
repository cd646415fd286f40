package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	First string `json:"first"`
	Last  string `json:"last" db:"surname"`
	Age   int    `json:"age,omitempty"`
}

func (p Person) FullName() string  { return p.First + " " + p.Last }
func (p Person) LastFirst() string { return p.Last + ", " + p.First }
func (p Person) AgeKey() string    { return fmt.Sprintf("%03d", p.Age) }
func (p *Person) Birthday()        { p.Age++ }

// sortBy sorts people by a key function, which can be a method expression.
func sortBy(ps []Person, key func(Person) string) []string {
	sort.SliceStable(ps, func(i, j int) bool { return key(ps[i]) < key(ps[j]) })
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = key(p)
	}
	return out
}

func main() {
	people := []Person{
		{"Grace", "Hopper", 85}, {"Alan", "Turing", 41},
		{"Ada", "Lovelace", 36}, {"Ken", "Thompson", 81},
	}
	keys := []struct {
		name string
		fn   func(Person) string
	}{
		{"full name", Person.FullName},
		{"last name", Person.LastFirst},
		{"age", Person.AgeKey},
	}
	for _, k := range keys {
		fmt.Printf("by %-9s: %s\n", k.name, strings.Join(sortBy(people, k.fn), " | "))
	}
	// A pointer-receiver method expression takes *Person.
	birthday := (*Person).Birthday
	for i := range people {
		birthday(&people[i])
	}
	// Method values bind their receiver.
	var greeters []func() string
	for _, p := range people {
		greeters = append(greeters, p.FullName)
	}
	people[0].First = "Changed"
	for i, g := range greeters {
		fmt.Println(g(), people[i].Age)
	}
	fmt.Printf("%T | %T | %T\n", Person.FullName, birthday, greeters[0])
}
