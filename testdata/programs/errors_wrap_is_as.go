package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(path string) error {
	switch path {
	case "/secret":
		return &PathError{"open", path, ErrPermission}
	case "/missing":
		return &PathError{"open", path, ErrNotFound}
	}
	return nil
}

func loadConfig(path string) error {
	if err := open(path); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func startApp(path string) error {
	if err := loadConfig(path); err != nil {
		return fmt.Errorf("start app (attempt %d): %w", 1, err)
	}
	return nil
}

func main() {
	for _, p := range []string{"/etc/app.conf", "/missing", "/secret"} {
		err := startApp(p)
		fmt.Printf("%s -> %v\n", p, err)
		if err == nil {
			continue
		}
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("  PathError op:", pe.Op, "path:", pe.Path)
		}
		// Walk the chain manually.
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  [%d] %T\n", depth, e)
			depth++
		}
	}
	// %v on a non-wrapping Errorf breaks the chain.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)
	// Wrapping multiple errors with several %w.
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, ErrPermission), errors.Unwrap(multi) == nil)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
}
