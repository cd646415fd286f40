package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		return false
	}
	a.Balance -= n
	a.History = append(a.History, -n)
	return true
}

func transfer(from, to *Account, n int) bool {
	if !from.Withdraw(n) {
		return false
	}
	to.Deposit(n)
	return true
}

func richest(accts []*Account) *Account {
	var best *Account
	for _, a := range accts {
		if best == nil || a.Balance > best.Balance {
			best = a
		}
	}
	return best
}

func main() {
	alice := &Account{Owner: "alice"}
	bob := &Account{Owner: "bob", Balance: 50}
	alice.Deposit(100)
	fmt.Println(transfer(alice, bob, 30), transfer(bob, alice, 500))
	fmt.Println(alice.Balance, bob.Balance, alice.History, bob.History)

	accts := []*Account{alice, bob, {Owner: "carol", Balance: 75}}
	r := richest(accts)
	fmt.Println("richest:", r.Owner)
	r.Deposit(1)
	fmt.Println(bob.Balance, (*r).Balance)

	// Pointer to struct field.
	bp := &bob.Balance
	*bp *= 2
	fmt.Println("bob doubled:", bob.Balance)

	// Struct pointer equality and copies.
	c := *alice
	c.Deposit(1000)
	fmt.Println(alice.Balance, c.Balance, &c != alice)
	fmt.Printf("%+v\n", *accts[2])
	var none *Account
	fmt.Println(none == nil, richest(nil) == nil)
}
