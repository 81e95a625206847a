package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	z := int64(1) << 40
	fmt.Println(int32(z), int32(z+5), uint32(z+7))
	var u uint32 = 0x80000000
	fmt.Println(int32(u))
	var b byte = 200
	fmt.Println(int8(b), int(b))
	var r rune = -1
	fmt.Println(uint32(r))
	f := -3.9
	fmt.Println(int(f), int(-f))
	g := 1e10
	fmt.Println(int64(g))
}
