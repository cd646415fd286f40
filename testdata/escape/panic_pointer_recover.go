// mm
package main

type problem struct{ msg string }

func risky(n int) (err *problem) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*problem)
		}
	}()
	if n > 1 {
		p := problem{msg: "too big"}
		panic(&p)
	}
	return nil
}

func main() {
	println(risky(0) == nil, risky(5).msg)
}
