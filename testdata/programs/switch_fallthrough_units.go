package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Unit int

const (
	Second Unit = iota
	Minute
	Hour
	Day
	Week
)

// toSeconds converts n units to seconds by falling through the chain of
// multipliers from the given unit down to seconds.
func toSeconds(n int64, u Unit) int64 {
	switch u {
	case Week:
		n *= 7
		fallthrough
	case Day:
		n *= 24
		fallthrough
	case Hour:
		n *= 60
		fallthrough
	case Minute:
		n *= 60
	}
	return n
}

func parseUnit(s string) (Unit, bool) {
	switch strings.ToLower(s) {
	case "w", "week", "weeks":
		return Week, true
	case "d", "day", "days":
		return Day, true
	case "h", "hour", "hours":
		return Hour, true
	case "m", "min", "minutes":
		return Minute, true
	case "s", "sec", "seconds":
		return Second, true
	}
	return 0, false
}

// severity labels: each level includes the actions of the levels below it.
func actions(level string) []string {
	var a []string
	switch level {
	case "critical":
		a = append(a, "page on-call")
		fallthrough
	case "error":
		a = append(a, "open ticket")
		fallthrough
	case "warning":
		a = append(a, "log")
	default:
		a = append(a, "ignore")
	}
	return a
}

func main() {
	inputs := []string{"2 weeks", "3 days", "5 hours", "90 min", "42 s", "1 fortnight", "x days"}
	for _, in := range inputs {
		parts := strings.Fields(in)
		n, err := strconv.ParseInt(parts[0], 10, 64)
		if err != nil {
			fmt.Println(err)
			continue
		}
		unit := parts[1]
		u, ok := parseUnit(unit)
		if !ok {
			fmt.Printf("%-12s unknown unit %q\n", in, unit)
			continue
		}
		fmt.Printf("%-12s = %d seconds\n", in, toSeconds(n, u))
	}
	for _, l := range []string{"critical", "error", "warning", "info"} {
		fmt.Printf("%-8s -> %v\n", l, actions(l))
	}
}
