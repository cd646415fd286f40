package main

import "fmt"

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func parseDigits(s string) (n int, err error) {
	i := 0
	if len(s) == 0 {
		goto fail
	}
next:
	if i == len(s) {
		return n, nil
	}
	if s[i] < '0' || s[i] > '9' {
		goto fail
	}
	n = n*10 + int(s[i]-'0')
	i++
	goto next
fail:
	return 0, fmt.Errorf("bad digits %q at %d", s, i)
}

func main() {
	fmt.Println(gcdGoto(1071, 462), gcdGoto(17, 5))
	for _, s := range []string{"12345", "12a45", "", "007"} {
		fmt.Println(parseDigits(s))
	}
	// A retry loop with goto.
	attempts := 0
retry:
	attempts++
	if attempts < 4 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts, "attempts")
	// goto forward skipping code.
	x := 1
	if x > 0 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done")
}
