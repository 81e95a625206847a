package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0

func main() {
	fmt.Println(Small)
	fmt.Println(IntDiv, FloatDiv)
	fmt.Println(Third)
	var f32 float32 = Third
	fmt.Println(f32)
	fmt.Println(Big / (1 << 90))
	const h = 'a' + 1
	fmt.Println(h)
	fmt.Printf("%T %c\n", h, h)
	const r = 'x' * 2.0
	fmt.Printf("%T %v\n", r, r)
}
