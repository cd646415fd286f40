package main

import (
	"fmt"
	"os"
)

type Server struct{ conns int }

func (s *Server) Shutdown() { fmt.Println("graceful shutdown (never printed)") }

func validate(port int) error {
	if port < 1024 {
		return fmt.Errorf("port %d is privileged", port)
	}
	return nil
}

func main() {
	s := &Server{}
	defer s.Shutdown()
	defer fmt.Println("deferred in main (never printed)")
	fmt.Println("starting server")
	if err := validate(80); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(3) // exits immediately: deferred calls do not run
	}
	fmt.Println("unreachable")
}
