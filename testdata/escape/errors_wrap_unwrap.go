// mm
package main

import "errors"

type opErr struct {
	op  string
	err error
}

func (e *opErr) Error() string { return e.op + ": " + e.err.Error() }
func (e *opErr) Unwrap() error { return e.err }

var errClosed = errors.New("closed")

func read() error {
	return &opErr{op: "read", err: errClosed}
}

func main() {
	err := read()
	println(err.Error(), errors.Is(err, errClosed), errors.Unwrap(err) == errClosed)
	joined := errors.Join(err, errors.New("other"))
	println(joined != nil)
}
