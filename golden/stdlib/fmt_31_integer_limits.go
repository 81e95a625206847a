package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []any{
		int8(math.MinInt8), int8(math.MaxInt8), int16(math.MinInt16), int16(math.MaxInt16),
		int32(math.MinInt32), int32(math.MaxInt32), int64(math.MinInt64), int64(math.MaxInt64),
		uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64),
		int(math.MinInt64), uint(math.MaxUint64), uintptr(0), rune(math.MaxInt32), byte(0),
	}
	for _, v := range vals {
		fmt.Printf("%T: %d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%v|%#v|%20d|%-20d|%020d|%.25d|%c|%U|%q\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []int{-1, -255, -4096} {
		fmt.Printf("%x %X %#x %o %b %08b %+x % x\n", v, v, v, v, v, v, v, v)
	}
	for _, r := range []int{0x41, 0xe9, 0x4e16, 0x1f600, 0x10ffff, 0x110000, -1, 0xd800} {
		fmt.Printf("%c|%q|%U|%#U|%+q|%#q\n", r, r, r, r, r, r)
	}
}
