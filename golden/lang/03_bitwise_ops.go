package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^5, -5^-1)
	var u uint16 = 1
	for i := 0; i < 17; i += 4 {
		fmt.Println(i, u<<i)
	}
	s := 70
	var v uint64 = 1
	fmt.Println(v<<s, v<<63)
	var n int32 = 1
	fmt.Println(n<<31, n<<32)
	fmt.Printf("%x\n", uint32(0xdeadbeef)>>16)
	fmt.Println(0x7f, 0o17, 017, 0b101, 1_000_000)
}
