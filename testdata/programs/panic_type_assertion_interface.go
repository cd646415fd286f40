package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f File) Read() string { return f.name }

type Socket struct{ addr string }

func (s *Socket) Close() error { fmt.Println("socket", s.addr, "closed"); return nil }

// shutdown assumes every resource can be closed.
func shutdown(resources []any) {
	for _, r := range resources {
		c := r.(Closer)
		if err := c.Close(); err != nil {
			fmt.Println("close error:", err)
		}
	}
}

func main() {
	fmt.Println("shutting down")
	shutdown([]any{&Socket{"10.0.0.1:80"}, File{"log.txt"}})
}
