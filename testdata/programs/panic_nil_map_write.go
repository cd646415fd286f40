package main

import "fmt"

type Registry struct {
	handlers map[string]func() string
}

func (r *Registry) Lookup(name string) (func() string, bool) {
	h, ok := r.handlers[name] // reading a nil map is fine
	return h, ok
}

func (r *Registry) Register(name string, h func() string) {
	r.handlers[name] = h // writing to a nil map panics
}

func main() {
	var r Registry
	_, ok := r.Lookup("hello")
	fmt.Println("lookup on nil map:", ok, "len:", len(r.handlers))
	for k := range r.handlers {
		fmt.Println("never", k)
	}
	r.Register("hello", func() string { return "hi" })
	fmt.Println("unreachable")
}
