package main

import (
	"fmt"
	"strings"
)

type Builder struct {
	parts []string
	sep   string
}

func NewBuilder() *Builder { return &Builder{sep: " "} }

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Sep(s string) *Builder {
	b.sep = s
	return b
}

func (b *Builder) String() string { return strings.Join(b.parts, b.sep) }

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }

func main() {
	b := NewBuilder().Add("a").Add("b").Sep("-").Add("c")
	fmt.Println(b)
	fmt.Println(b.String())
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
}
