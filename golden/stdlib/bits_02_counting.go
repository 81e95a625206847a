package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint{0, 1, 6, 255, 1 << 40, 0xF0F0} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros(x), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.UintSize)
	fmt.Println(bits.OnesCount8(0xAA), bits.OnesCount16(0xFFFF), bits.OnesCount32(0x80000001), bits.OnesCount64(1<<63|1))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(1<<20), bits.LeadingZeros64(0))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(8), bits.TrailingZeros32(1<<31), bits.TrailingZeros64(12))
	fmt.Printf("%08b %08b\n", bits.Reverse8(0b00010110), bits.RotateLeft8(0b10010001, 3))
	fmt.Printf("%#x %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708))
	fmt.Printf("%#x %#x\n", bits.RotateLeft32(0x80000001, 1), bits.RotateLeft64(1, -1))
	fmt.Println(bits.Len8(0), bits.Len16(300), bits.Len32(1<<31), bits.Len64(1<<63))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 1<<32)
	fmt.Println(q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 1, 0)
	fmt.Println(s32, c32, bits.Rem64(1, 5, 7))
}
