package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) Next() Weekday { return (d + 1) % 7 }

type Color uint8

const (
	Red Color = iota + 1
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(?)"
}

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v %d weekend=%t next=%v\n", d, d, d.Weekend(), d.Next())
	}
	fmt.Println(Weekday(9))
	fmt.Printf("%v %s %d %q\n", Friday, Friday, Friday, Friday)
	fmt.Println([]Weekday{Monday, Wednesday})
	fmt.Printf("%+v %#v\n", Tuesday, Tuesday)
	colors := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(colors)
	var c Color
	fmt.Println(c, Red, Green, Blue)
	fmt.Printf("%T\n", Blue)
}
