package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value any
	Msg   string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s=%v: %s", e.Field, e.Value, e.Msg)
}

type NotFound string

func (n NotFound) Error() string { return string(n) + " not found" }

type User struct {
	Name string
	Age  int
}

var db = map[string]User{"ann": {"ann", 31}}

func lookup(name string) (User, error) {
	u, ok := db[name]
	if !ok {
		return User{}, NotFound(strconv.Quote(name))
	}
	return u, nil
}

func validate(u User) error {
	if u.Name == "" {
		return &ValidationError{"name", u.Name, "must not be empty"}
	}
	if u.Age < 0 || u.Age > 150 {
		return &ValidationError{"age", u.Age, "out of range"}
	}
	return nil
}

func register(u User) error {
	if err := validate(u); err != nil {
		return fmt.Errorf("register %q: %w", u.Name, err)
	}
	db[u.Name] = u
	return nil
}

func main() {
	for _, u := range []User{{"bob", 40}, {"", 20}, {"old", 200}} {
		err := register(u)
		fmt.Println("register:", err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field, "value:", ve.Value)
		}
	}
	for _, n := range []string{"ann", "bob", "zed"} {
		u, err := lookup(n)
		if err != nil {
			var nf NotFound
			fmt.Println("lookup error:", err, errors.As(err, &nf), string(nf))
			continue
		}
		fmt.Printf("found %+v\n", u)
	}
	var err error = NotFound("x")
	fmt.Printf("%v | %s | %q | %T\n", err, err, err, err)
}
