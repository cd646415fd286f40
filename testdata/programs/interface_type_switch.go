package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return fmt.Sprintf("myerr %d", e.Code)
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		// x has type any here because the case lists several types
		return fmt.Sprintf("signed integer %v (%T)", x, x)
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return fmt.Sprintf("unsigned integer %v", x)
	case float32, float64:
		return fmt.Sprintf("float %v", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f degrees", float64(x)) // x is Celsius
	case string:
		return fmt.Sprintf("string of length %d", len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprintf("int slice with %d elements", len(x))
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	case map[string]int, map[string]string:
		return fmt.Sprintf("some map %v", x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%04d", int(i)) }

func main() {
	var nilErr *MyErr
	values := []any{
		nil, 42, int8(-3), uint16(7), uintptr(9), 2.5, float32(0.25), Celsius(36.6),
		"hello", errors.New("plain"), &MyErr{404}, ID(17), []int{1, 2},
		func() int { return 99 }, map[string]int{"a": 1}, map[string]string{"k": "v"},
		struct{}{}, [2]bool{}, nilErr,
	}
	for i, v := range values {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}
	// Switch without binding a variable.
	for _, v := range []any{1, "a", 1.5} {
		switch v.(type) {
		case int, float64:
			fmt.Println("number")
		default:
			fmt.Println("other")
		}
	}
}
