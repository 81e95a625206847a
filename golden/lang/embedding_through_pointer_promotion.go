package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Base
	Logger
	Name string
}

type Describer interface{ Describe() string }

func main() {
	s := Service{Base: &Base{1}, Logger: Logger{"> "}, Name: "svc"}
	s.SetID(42)
	fmt.Println(s.ID, s.Describe())
	s.Log("hello")
	var d Describer = s
	fmt.Println(d.Describe())
	t := s
	t.SetID(7) // shares *Base
	fmt.Println(s.ID, t.ID)
	ps := &s
	ps.Log("via pointer")
	fmt.Println(ps.Base.Describe())
}
