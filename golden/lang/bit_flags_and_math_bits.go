package main

import (
	"fmt"
	"math/bits"
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

func main() {
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagB), f.Has(FlagC))
	f &^= FlagA
	fmt.Printf("%08b %d\n", f, f)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8))
	var x uint32 = 0xDEADBEEF
	fmt.Printf("%x %x %X\n", x>>16, x&0xFFFF, bits.ReverseBytes32(x))
	s := -8
	fmt.Println(s>>1, uint(s)>>60, s<<2)
}
