package main

import (
	"errors"
	"fmt"
)

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1 // result = x+1, then the deferred function doubles it
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

type Tx struct {
	log []string
}

func (t *Tx) Commit() error   { t.log = append(t.log, "commit"); return nil }
func (t *Tx) Rollback() error { t.log = append(t.log, "rollback"); return nil }

func transfer(t *Tx, amount int) (err error) {
	defer func() {
		if err != nil {
			t.Rollback()
			err = fmt.Errorf("transfer %d failed: %w", amount, err)
			return
		}
		err = t.Commit()
	}()
	t.log = append(t.log, fmt.Sprint("debit ", amount))
	if amount > 100 {
		return errors.New("insufficient funds")
	}
	t.log = append(t.log, fmt.Sprint("credit ", amount))
	return nil
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	return 1
}

func unnamed() int {
	x := 5
	defer func() { x *= 100 }() // no effect on the returned value
	return x
}

func main() {
	fmt.Println(double(3), double(10))
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	for _, amt := range []int{50, 500} {
		t := &Tx{}
		err := transfer(t, amt)
		fmt.Println(t.log, err)
	}
	fmt.Println(counter(), unnamed())
}
