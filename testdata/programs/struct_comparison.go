package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

func (a Version) Less(b Version) bool {
	if a.Major != b.Major {
		return a.Major < b.Major
	}
	if a.Minor != b.Minor {
		return a.Minor < b.Minor
	}
	if a.Patch != b.Patch {
		return a.Patch < b.Patch
	}
	return a.Pre != "" && (b.Pre == "" || a.Pre < b.Pre)
}

type Line struct {
	A, B Point
}

type Point struct{ X, Y int }

func main() {
	v1 := Version{1, 2, 3, ""}
	v2 := Version{Major: 1, Minor: 2, Patch: 3}
	v3 := Version{1, 2, 3, "rc1"}
	fmt.Println("v1 == v2:", v1 == v2)
	fmt.Println("v1 == v3:", v1 == v3, "v3 < v1:", v3.Less(v1), "v1 < v3:", v1.Less(v3))

	vs := []Version{{2, 0, 0, ""}, {1, 10, 0, ""}, {1, 2, 3, "beta"}, {1, 2, 3, ""}, {0, 9, 9, ""}}
	// Simple insertion sort using Less.
	for i := 1; i < len(vs); i++ {
		for j := i; j > 0 && vs[j].Less(vs[j-1]); j-- {
			vs[j], vs[j-1] = vs[j-1], vs[j]
		}
	}
	for _, v := range vs {
		fmt.Printf("%d.%d.%d%s\n", v.Major, v.Minor, v.Patch, map[bool]string{true: "-" + v.Pre, false: ""}[v.Pre != ""])
	}

	l1 := Line{Point{0, 0}, Point{1, 1}}
	l2 := Line{B: Point{1, 1}}
	fmt.Println("nested equal:", l1 == l2)
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println("pointers equal:", p1 == p2, "values equal:", *p1 == *p2)
	var zero Version
	fmt.Println("is zero:", zero == Version{}, v1 == Version{})
	// Structs as interface values compare dynamically.
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println("iface equal:", a == b, a == any(Point{2, 1}))
	seen := map[Line]bool{l1: true}
	fmt.Println("line lookup:", seen[l2], seen[Line{}])
}
