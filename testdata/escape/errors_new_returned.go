package main

import "errors"

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() {
	if err := check(-1); err != nil {
		println(err.Error())
	}
	println(check(1) == nil)
}
