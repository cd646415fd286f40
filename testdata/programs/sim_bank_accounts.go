package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
	ErrNoAccount    = errors.New("no such account")
)

type Account struct {
	ID      string
	Balance int64
	Frozen  bool
	History []string
}

type Bank struct {
	accounts map[string]*Account
	fees     int64
}

func (b *Bank) Open(id string, initial int64) *Account {
	a := &Account{ID: id, Balance: initial}
	b.accounts[id] = a
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoAccount, id)
	}
	if a.Frozen {
		return nil, fmt.Errorf("%s: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s %d: %w", from, to, amt, err)
		}
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	fee := max(amt/100, 1)
	if src.Balance < amt+fee {
		return ErrInsufficient
	}
	src.Balance -= amt + fee
	dst.Balance += amt
	b.fees += fee
	src.History = append(src.History, fmt.Sprintf("sent %d to %s (fee %d)", amt, to, fee))
	dst.History = append(dst.History, fmt.Sprintf("got %d from %s", amt, from))
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	b.Open("alice", 1000)
	b.Open("bob", 250)
	b.Open("carol", 0).Frozen = true
	ops := []struct {
		from, to string
		amt      int64
	}{
		{"alice", "bob", 300}, {"bob", "alice", 600}, {"bob", "carol", 10},
		{"alice", "dave", 5}, {"bob", "alice", 549}, {"alice", "bob", 50},
	}
	for _, op := range ops {
		err := b.Transfer(op.from, op.to, op.amt)
		switch {
		case err == nil:
			fmt.Println("ok:", op.from, "->", op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		case errors.Is(err, ErrFrozen), errors.Is(err, ErrNoAccount):
			fmt.Println("rejected:", err)
		}
	}
	ids := make([]string, 0, len(b.accounts))
	var total int64
	for id, a := range b.accounts {
		ids = append(ids, id)
		total += a.Balance
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %5d frozen=%-5t %q\n", id, a.Balance, a.Frozen, a.History)
	}
	fmt.Println("fees:", b.fees, "total+fees:", total+b.fees)
}
