// mm
package main

type task struct {
	name string
	run  func() int
}

func newTask(name string, v int) task {
	return task{name: name, run: func() int { return v * 2 }}
}

func main() {
	t := newTask("double", 21)
	println(t.name, t.run())
}
