package main

import "fmt"

type User struct {
	ID       int    `json:"id" db:"user_id"`
	Name     string `json:"name"`
	Email    string `json:"email,omitempty"`
	password string `json:"-"`
}

type Legacy struct {
	ID    int
	Name  string
	Email string
	pw    string
}

type Tagged struct {
	A int `k:"1"`
	B int `k:"2"`
}

type Untagged struct {
	A int
	B int
}

func main() {
	u := User{ID: 7, Name: "gopher", Email: "g@go.dev", password: "secret"}
	fmt.Printf("%v\n%+v\n", u, u)
	// Tags do not affect conversion between struct types (since Go 1.8).
	t := Tagged{1, 2}
	un := Untagged(t)
	back := Tagged(un)
	fmt.Println(un, back, back == t)
	// Field names must match, so User -> Legacy conversion needs field copy.
	l := Legacy{u.ID, u.Name, u.Email, u.password}
	fmt.Printf("%+v\n", l)
	users := []User{u, {ID: 8, Name: "gala"}}
	for _, x := range users {
		fmt.Printf("%d:%s:%q\n", x.ID, x.Name, x.Email)
	}
	fmt.Printf("%#v\n", t)
}
