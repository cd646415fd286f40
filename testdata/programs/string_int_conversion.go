package main

import (
	"fmt"
	"strconv"
)

func main() {
	// string(int) is a rune conversion, not decimal formatting.
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	fmt.Println(string(rune(0x1F600)), string(rune(-1)) == "\uFFFD")

	inputs := []string{"42", "-17", "+8", "0x1F", "3.5", "", "99999999999999999999", " 7"}
	for _, s := range inputs {
		v, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("Atoi(%q): error: %v\n", s, err)
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", s, v)
	}
	for _, tc := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"300", 10, 8}, {"0x1F", 0, 64}, {"zz", 36, 64}} {
		v, err := strconv.ParseInt(tc.s, tc.base, tc.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", tc.s, tc.base, tc.bits, v, err)
	}
	for _, v := range []int64{255, -255, 0, 1 << 40} {
		fmt.Println(strconv.FormatInt(v, 2), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36))
	}
	for _, s := range []string{"3.14159", "1e-3", "-0", "inf", "NaN", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
	fmt.Println(strconv.Quote("tab\there \"quoted\" é\x01"))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', 4, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 32))
}
