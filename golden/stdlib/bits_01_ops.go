package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros32(0), bits.LeadingZeros64(1<<40), bits.LeadingZeros(0))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(8), bits.TrailingZeros64(0), bits.TrailingZeros(96))
	fmt.Println(bits.OnesCount8(255), bits.OnesCount16(0xF0F0), bits.OnesCount32(7), bits.OnesCount64(^uint64(0)))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(0xF, 30), bits.RotateLeft64(3, -2))
	fmt.Printf("%08b %x %x %x\n", bits.Reverse8(0x13), bits.Reverse16(1), bits.Reverse32(0x12345678), bits.Reverse64(1))
	fmt.Printf("%x %x %x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.Len8(0), bits.Len16(255), bits.Len32(1<<31), bits.Len64(12345), bits.Len(1))
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(9, 8, 7))
	h32, l32 := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	fmt.Println(h32, l32)
	s32, c32 := bits.Add32(0xFFFFFFFF, 0, 1)
	fmt.Println(s32, c32, bits.UintSize)
	defer func() {
		e := recover()
		fmt.Printf("%T %v\n", e, e)
		_, ok := e.(error)
		fmt.Println(ok)
	}()
	bits.Div64(5, 0, 3)
}
