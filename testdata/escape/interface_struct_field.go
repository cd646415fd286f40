// mm
package main

type any2 interface{}

type envelope struct {
	payload any2
}

func seal(v *int) envelope {
	return envelope{payload: v}
}

func main() {
	x := 3
	e := seal(&x)
	p := e.payload.(*int)
	println(*p)
}
