package main

import "fmt"

type Entity struct {
	ID   int
	Name string
}

func (e Entity) Describe() string { return fmt.Sprintf("#%d %s", e.ID, e.Name) }
func (e *Entity) Rename(n string) { e.Name = n }

type Position struct {
	X, Y float64
}

func (p *Position) Move(dx, dy float64) {
	p.X += dx
	p.Y += dy
}

func (p Position) String() string { return fmt.Sprintf("(%.1f, %.1f)", p.X, p.Y) }

type Player struct {
	Entity
	Position
	Score int
}

type Boss struct {
	Player
	Name  string // shadows Entity.Name at shallower depth
	Phase int
}

func main() {
	p := Player{Entity: Entity{1, "hero"}, Position: Position{0, 0}}
	p.Move(3, 4) // promoted pointer method, p is addressable
	p.Rename("Hero")
	p.Score += 10
	fmt.Println(p.Describe(), p.X, p.Y, p.Score)
	fmt.Println(p.Position, p.Entity.Name, p.Name)
	fmt.Printf("%v\n%+v\n", p, p)

	b := Boss{Player: p, Name: "Dragon", Phase: 2}
	b.ID = 99
	fmt.Println(b.Name, b.Player.Name, b.Entity.Name, b.ID)
	fmt.Println(b.Describe())
	b.Move(-1, -1)
	fmt.Println("boss at", b.Position, "player still at", p.Position)

	// Method sets via interfaces.
	type mover interface{ Move(dx, dy float64) }
	var m mover = &b
	m.Move(10, 10)
	fmt.Println("after interface move:", b.X, b.Y)
	type describer interface{ Describe() string }
	var d describer = b
	fmt.Println(d.Describe())
}
