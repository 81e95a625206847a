package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4)
	fmt.Println(1<<2+1, 1<<(2+1))
	fmt.Println(7&3|4, 7&(3|4))
	fmt.Println(5-3-1, 2*3%4, 24/4/2)
	fmt.Println(-2*-3, - -4, ^1+1)
	fmt.Println(1 < 2 == true, !(1 > 2) && 3 >= 3)
	fmt.Println(true || false && false, (true || false) && false)
	x := 10
	x += 5 * 2
	x -= 3
	x *= 2
	x /= 3
	x %= 7
	x <<= 3
	x >>= 1
	x |= 1
	x &^= 4
	x ^= 15
	fmt.Println(x)
	fmt.Println(6 &^ 3, 0xff &^ 0x0f)
}
