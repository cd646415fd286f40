package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func privileges(role string) []string {
	var p []string
	switch role {
	case "admin":
		p = append(p, "delete")
		fallthrough
	case "editor":
		p = append(p, "write")
		fallthrough
	case "viewer":
		p = append(p, "read")
	case "banned":
		// nothing
	default:
		p = append(p, "guest")
	}
	return p
}

func daysIn(month int, leap bool) int {
	switch month {
	case 2:
		if leap {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, r := range []string{"admin", "editor", "viewer", "banned", "other"} {
		fmt.Printf("%-7s %v\n", r, privileges(r))
	}
	total := 0
	for m := 1; m <= 12; m++ {
		total += daysIn(m, false)
	}
	fmt.Println("days:", total, "leap Feb:", daysIn(2, true))

	// fallthrough ignores the next case condition.
	x := 5
	switch {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("x > 100 (reached by fallthrough)")
		fallthrough
	default:
		fmt.Println("default (reached by fallthrough)")
	}
	// switch with init statement.
	switch y := x * 2; y {
	case 10:
		fmt.Println("y is ten")
	}
	// Case expressions evaluated in order, first match wins.
	calls := 0
	check := func(v int) int { calls++; return v }
	switch 2 {
	case check(1), check(2), check(3):
		fmt.Println("matched after", calls, "calls")
	}
}
