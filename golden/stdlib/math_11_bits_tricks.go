package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint{0, 1, 6, 255, 1 << 40} {
		fmt.Println(x, bits.Len(x), bits.OnesCount(x), bits.LeadingZeros(x), bits.TrailingZeros(x))
	}
	fmt.Printf("%08b %08b\n", bits.Reverse8(0b00010110), bits.RotateLeft8(0b10010001, 3))
	fmt.Printf("%016b\n", bits.RotateLeft16(1, -1))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes32(0x11223344), bits.ReverseBytes64(0x0102030405060708))
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	q, r := bits.Div64(hi, lo, 7)
	fmt.Println(q, r)
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	d, b := bits.Sub32(0, 1, 0)
	fmt.Println(d, b)
	fmt.Println(bits.UintSize, bits.Len32(0xffff), bits.OnesCount16(0xf0f0))
	// next power of two
	for _, n := range []uint32{1, 5, 64, 100} {
		fmt.Print(uint32(1)<<bits.Len32(n-1), " ")
	}
	fmt.Println()
}
