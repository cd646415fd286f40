package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type Stats struct {
	Count int
	Total int
	Max   int
}

func main() {
	staff := map[int]Employee{
		101: {"Ada", "eng", 150},
		102: {"Grace", "eng", 160},
		103: {"Linus", "ops", 120},
		104: {"Ken", "eng", 155},
		105: {"Barbara", "research", 170},
	}
	// Struct values in maps are not addressable: replace the whole value.
	e := staff[103]
	e.Salary += 15
	staff[103] = e

	byDept := map[string]*Stats{}
	for _, emp := range staff {
		st, ok := byDept[emp.Dept]
		if !ok {
			st = &Stats{}
			byDept[emp.Dept] = st
		}
		st.Count++
		st.Total += emp.Salary
		st.Max = max(st.Max, emp.Salary)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		s := byDept[d]
		fmt.Printf("%-9s count=%d total=%d avg=%.1f max=%d\n", d, s.Count, s.Total, float64(s.Total)/float64(s.Count), s.Max)
	}
	ids := make([]int, 0, len(staff))
	for id := range staff {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%d %+v\n", id, staff[id])
	}
	// Map with struct values printed directly (fmt sorts keys).
	points := map[string]struct{ X, Y int }{"b": {2, 3}, "a": {1, 1}}
	fmt.Println(points)
	fmt.Printf("%+v\n", points)
	var missing Employee = staff[999]
	fmt.Printf("%+v %q\n", missing, missing.Name)
}
