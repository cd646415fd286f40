// mm
package main

type user struct{ age int }

func main() {
	m := make(map[string]*user)
	u := user{age: 30}
	m["bob"] = &u
	v := &user{age: 40}
	m["eve"] = v
	println(m["bob"].age + m["eve"].age)
}
