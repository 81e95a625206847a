package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "s"
	y
	z = iota
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1)
	fmt.Printf("%d %v\n", Tuesday, Weekday(1))
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	const huge = 1 << 100
	fmt.Println(huge >> 98)
	const typed int8 = 100
	fmt.Println(typed/3, float32(1)/3, 7.0/2)
}
