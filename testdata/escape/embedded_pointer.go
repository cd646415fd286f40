// mm
package main

type engine struct{ hp int }

func (e *engine) start() int { return e.hp }

type car struct {
	*engine
	name string
}

func newCar(hp int) car {
	return car{engine: &engine{hp: hp}, name: "c"}
}

func main() {
	c := newCar(150)
	e := engine{hp: 90}
	local := car{engine: &e}
	println(c.start(), local.start(), c.name)
}
