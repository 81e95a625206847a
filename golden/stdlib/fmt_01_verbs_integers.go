package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, 1234567} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%O|%b|%#x|%#o|\n", n, n, n, n, n, n, n, n, n, n, n, n)
	}
	var u8 uint8 = 200
	fmt.Printf("%d %x %08b %c %q %U\n", u8, u8, u8, 65, 65, 0x1F600)
	fmt.Printf("%#U\n", 'ä')
	fmt.Printf("% d|% d\n", 5, -5)
	fmt.Printf("%x %X\n", -255, int64(-1))
	fmt.Printf("%6.3d|%-8.4x|\n", 42, 255)
	fmt.Printf("%v %v\n", int8(-128), uint64(18446744073709551615))
}
