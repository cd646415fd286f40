// GOTRACEBACK=all
package main

import (
	"errors"
	"fmt"
)

type Account struct {
	name    string
	balance int
}

var ErrOverdraft = errors.New("overdraft")

func (a Account) Withdraw(n int) Account {
	if n > a.balance {
		panic(fmt.Errorf("%s: %w", a.name, ErrOverdraft))
	}
	a.balance -= n
	return a
}

func main() {
	acc := Account{"b", 5}
	results := make(chan Account)
	go func() {
		results <- acc.Withdraw(3)
		results <- acc.Withdraw(7)
	}()
	fmt.Println(<-results)
	fmt.Println(<-results)
}
