package main

import "fmt"

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

const (
	Low = iota*iota + 1
	Mid
	High
	Max
)

const (
	A = "a"
	B = len(A) + iota
	C
)

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
	numColors = int(iota)
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(Low, Mid, High, Max)
	fmt.Println(A, B, C)
	fmt.Println(Red, Green, Blue, numColors)
	fmt.Printf("%T %T\n", Blue, numColors)
}
