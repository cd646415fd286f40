package main

import (
	"fmt"
	"os"
)

type Account struct {
	balance float64
}

func (a *Account) Deposit(x float64) error {
	if x < 0 {
		return fmt.Errorf("negative")
	}
	a.balance += x
}

func (a Account) Balance() float64 {
	return a.balance
}

func process(items []string) (count int, err error) {
	for _, it := range items {
		if it == "" {
			err = fmt.Errorf("empty")
			return
		}
		count++
	}
	return count
}

func main() {
	acc := Account{}
	acc.Deposit(10)
	fmt.Println(acc.Balance)
	n, err := process([]string{"a"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d items\n", n)
	var total float64
	for i := 0; i < n; i++ {
		total += i
	}
	result := total / n
	fmt.Println(result)
}
