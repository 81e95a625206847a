package main

import "fmt"

func main() {
	var a uint32 = 10
	var b uint32 = 20
	fmt.Println(a - b)
	fmt.Println((a - b) / 3)
	fmt.Println((a - b) % 7)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64/10, u64%10)
	fmt.Println(u64 >> 60)
	fmt.Println(u64 * 3)
	var x uint8 = 0xF0
	fmt.Println(^x, x>>4, x<<1)
	var i int8 = -16
	fmt.Println(i>>2, i<<3)
	fmt.Println(-7>>1, 7>>1)
}
