package main

import "fmt"

type File struct {
	name   string
	closed bool
}

var openFiles int

func openFile(name string) *File {
	openFiles++
	return &File{name: name}
}

func (f *File) Close() {
	if !f.closed {
		f.closed = true
		openFiles--
		fmt.Println("  closed", f.name)
	}
}

// Deferring inside a loop delays every Close to function exit.
func processAllDeferred(names []string) {
	for _, n := range names {
		f := openFile(n)
		defer f.Close()
	}
	fmt.Println("  open at end of loop:", openFiles)
}

// Wrapping the body in a function closes each file per iteration.
func processEach(names []string) {
	for _, n := range names {
		func() {
			f := openFile(n)
			defer f.Close()
			fmt.Println("  processing", f.name, "open:", openFiles)
		}()
	}
	fmt.Println("  open at end of loop:", openFiles)
}

func main() {
	names := []string{"a.txt", "b.txt", "c.txt"}
	fmt.Println("deferred in loop:")
	processAllDeferred(names)
	fmt.Println("open after return:", openFiles)
	fmt.Println("per-iteration closure:")
	processEach(names)
	fmt.Println("open after return:", openFiles)

	fmt.Println("defers capture per-iteration variables:")
	func() {
		for i := range 3 {
			defer func() { fmt.Println("  closure i =", i) }()
		}
	}()
}
