package main

import (
	"fmt"
	"os"
)

type Tx struct{ id int }

func (t *Tx) Rollback() { fmt.Println("rollback tx", t.id) }

func transfer(id int, amount int) {
	tx := &Tx{id}
	defer tx.Rollback()
	defer fmt.Fprintln(os.Stderr, "transfer", id, "leaving")
	if amount < 0 {
		panic(fmt.Sprintf("negative amount %d", amount))
	}
	fmt.Println("transferred", amount)
}

func main() {
	defer fmt.Println("main's deferred call")
	transfer(1, 100)
	transfer(2, -5)
	fmt.Println("unreachable")
}
