package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.OnesCount8(0xAA))
	fmt.Println(bits.LeadingZeros32(1), bits.LeadingZeros64(0), bits.TrailingZeros(8), bits.TrailingZeros16(0))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len(255), bits.Len64(1<<40))
	fmt.Println(bits.Reverse8(0b00010110), bits.ReverseBytes16(0x1234) == 0x3412)
	fmt.Println(bits.RotateLeft8(0b10000001, 1), bits.RotateLeft32(1, -1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
}
