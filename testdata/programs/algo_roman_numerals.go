package main

import (
	"fmt"
	"strings"
)

var romanTable = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) string {
	var b strings.Builder
	for _, e := range romanTable {
		for n >= e.value {
			b.WriteString(e.symbol)
			n -= e.value
		}
	}
	return b.String()
}

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid numeral %q at %d", s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if toRoman(total) != s {
		return total, fmt.Errorf("non-canonical numeral %s (canonical %s)", s, toRoman(total))
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		back, err := fromRoman(r)
		fmt.Printf("%4d = %-12s back=%d err=%v\n", n, r, back, err)
	}
	for _, s := range []string{"MCMXCIV", "IIII", "IC", "MMXZ"} {
		v, err := fromRoman(s)
		fmt.Println(s, v, err)
	}
	ok := true
	for n := 1; n < 4000; n++ {
		if v, err := fromRoman(toRoman(n)); err != nil || v != n {
			ok = false
		}
	}
	fmt.Println("round trip 1..3999:", ok)
}
