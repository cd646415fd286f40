// mm
package main

import "errors"

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code error" }

func fail(code int) error {
	return &codeErr{code: code}
}

func main() {
	err := fail(404)
	var ce *codeErr
	if errors.As(err, &ce) {
		println(ce.code, err.Error())
	}
}
