package main

import (
	"errors"
	"fmt"
)

// Error trees: errors.Join, fmt.Errorf with several %w, Unwrap() []error,
// and errors.Is / errors.As with Is and As methods.

var (
	ErrDisk    = errors.New("disk full")
	ErrNetwork = errors.New("network down")
)

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

// Is matches any StatusError with the same class (hundreds digit).
func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	return ok && t.Code/100 == e.Code/100
}

type Batch struct{ errs []error }

func (b *Batch) Error() string   { return fmt.Sprintf("%d failures", len(b.errs)) }
func (b *Batch) Unwrap() []error { return b.errs }

type Legacy struct{ msg string }

func (l Legacy) Error() string { return l.msg }

// As lets a Legacy error stand in for a StatusError 500.
func (l Legacy) As(target any) bool {
	if p, ok := target.(*StatusError); ok {
		*p = StatusError{500}
		return true
	}
	return false
}

func walk(err error, depth int) {
	for ; err != nil; depth++ {
		fmt.Printf("%*s%T: %v\n", depth*2, "", err, err)
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e, depth+1)
			}
			return
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		default:
			return
		}
	}
}

func main() {
	joined := errors.Join(ErrDisk, nil, fmt.Errorf("sync: %w", ErrNetwork))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Is(joined, ErrNetwork), errors.Unwrap(joined) == nil, errors.Join(nil, nil) == nil)

	multi := fmt.Errorf("save failed: %w; retry failed: %w", ErrDisk, StatusError{503})
	fmt.Println(multi)
	fmt.Println(errors.Is(multi, ErrDisk), errors.Is(multi, StatusError{500}), errors.Is(multi, StatusError{404}))
	walk(multi, 0)

	reordered := fmt.Errorf("%[2]w after %[1]w", ErrDisk, ErrNetwork)
	if u, ok := reordered.(interface{ Unwrap() []error }); ok {
		fmt.Println(reordered, len(u.Unwrap()), u.Unwrap()[0] == ErrDisk)
	}
	var none error
	fmt.Println(fmt.Errorf("only %w", none), errors.Unwrap(fmt.Errorf("only %w", none)) == nil)

	batch := &Batch{[]error{Legacy{"old api"}, fmt.Errorf("item 3: %w", StatusError{404})}}
	var se StatusError
	fmt.Println(errors.As(batch, &se), se.Code)
	se = StatusError{}
	fmt.Println(errors.As(errors.Join(fmt.Errorf("x: %w", StatusError{418})), &se), se.Code)
	var target interface{ Unwrap() []error }
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", batch), &target), target.(*Batch) == batch)
	walk(errors.Join(batch, joined), 0)
}
