package main

import "fmt"

type Shape struct {
	Sides int
	Equal bool
	Angle int
}

func classify(s Shape) string {
	switch {
	case s.Sides < 3:
		return "not a polygon"
	case s.Sides == 3 && s.Equal:
		return "equilateral triangle"
	case s.Sides == 3:
		return "triangle"
	case s.Sides == 4 && s.Equal && s.Angle == 90:
		return "square"
	case s.Sides == 4 && s.Equal:
		return "rhombus"
	case s.Sides == 4:
		return "quadrilateral"
	default:
		return fmt.Sprintf("%d-gon", s.Sides)
	}
}

func bmi(weightKg, heightM float64) string {
	v := weightKg / (heightM * heightM)
	switch {
	case v < 18.5:
		return fmt.Sprintf("%.1f underweight", v)
	case v < 25:
		return fmt.Sprintf("%.1f normal", v)
	case v < 30:
		return fmt.Sprintf("%.1f overweight", v)
	}
	return fmt.Sprintf("%.1f obese", v)
}

func main() {
	shapes := []Shape{{2, false, 0}, {3, true, 60}, {3, false, 0}, {4, true, 90}, {4, true, 60}, {4, false, 90}, {8, true, 135}}
	for _, s := range shapes {
		fmt.Printf("%+v -> %s\n", s, classify(s))
	}
	for _, p := range [][2]float64{{50, 1.8}, {70, 1.75}, {85, 1.75}, {110, 1.7}} {
		fmt.Println(bmi(p[0], p[1]))
	}
	// FizzBuzz using a conditionless switch.
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			fmt.Print("FizzBuzz")
		case i%3 == 0:
			fmt.Print("Fizz")
		case i%5 == 0:
			fmt.Print("Buzz")
		default:
			fmt.Print(i)
		}
		fmt.Print(" ")
	}
	fmt.Println()
	// An empty switch does nothing.
	switch {
	}
	fmt.Println("done")
}
