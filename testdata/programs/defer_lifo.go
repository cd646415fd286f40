package main

import "fmt"

type Resource struct{ name string }

func Open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func process() {
	db := Open("db")
	defer db.Close()
	file := Open("file")
	defer file.Close()
	sock := Open("socket")
	defer sock.Close()
	fmt.Println("working with", db.name, file.name, sock.name)
}

func nested() {
	defer fmt.Println("outer defer 1")
	func() {
		defer fmt.Println("inner defer 1")
		defer fmt.Println("inner defer 2")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer defer 2")
	fmt.Println("outer body")
}

func main() {
	process()
	fmt.Println("---")
	nested()
	fmt.Println("---")
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred in main loop", i)
	}
	fmt.Println("main body done")
}
