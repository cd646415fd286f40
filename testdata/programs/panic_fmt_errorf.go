package main

import (
	"errors"
	"fmt"
)

var ErrClosed = errors.New("connection closed")

type DB struct{ open bool }

func (db *DB) Query(q string) error {
	if !db.open {
		return fmt.Errorf("query %q failed: %w", q, ErrClosed)
	}
	fmt.Println("ran", q)
	return nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	db := &DB{open: true}
	must(db.Query("SELECT 1"))
	db.open = false
	err := db.Query("SELECT 2")
	fmt.Println("is ErrClosed:", errors.Is(err, ErrClosed))
	must(err)
}
