package main

import "fmt"

type Position struct{ X, Y int }

func (p *Position) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Position) Where() string     { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Health struct{ HP int }

func (h *Health) Damage(n int) {
	h.HP -= n
	if h.HP < 0 {
		h.HP = 0
	}
}
func (h Health) Alive() bool { return h.HP > 0 }

type Named struct{ Name string }

func (n Named) Where() string { return "named:" + n.Name }

type Player struct {
	Position
	Health
	Named
}

func (p Player) Where() string { return p.Name + "@" + p.Position.Where() }

func main() {
	p := Player{Position{0, 0}, Health{10}, Named{"hero"}}
	p.Move(3, 4)
	p.Damage(4)
	fmt.Println(p.Where(), p.HP, p.Alive())
	p.Damage(100)
	fmt.Println(p.Alive())
	fmt.Println(p.Named.Where(), p.Position.Where())
	fmt.Printf("%+v\n", p)
}
