package main

import "fmt"

func main() {
	var s uint = 3
	var i int = 1 << s
	var i8 int8 = 1 << s
	fmt.Println(i, i8)
	var u8 uint8 = 1
	fmt.Println(u8<<7, u8<<8, u8<<s)
	x := int32(-8)
	fmt.Println(x>>1, x>>31, x>>40, uint32(x)>>28)
	var big uint64 = 1
	fmt.Println(big<<63, big<<64)
	n := 100
	fmt.Println(1<<n == 0, int64(1)<<62)
	var sh int = 2
	fmt.Println(16>>sh, -16>>sh)
	const c = 1 << 10 >> 3
	fmt.Println(c)
	var f float64 = 1 << 3
	fmt.Println(f)
}
