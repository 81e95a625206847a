package main

import (
	"fmt"
	"time"
)

type Money int64

const Cent Money = 1
const Dollar = 100 * Cent

func main() {
	price := 3*Dollar + 45*Cent
	fmt.Println(price, price/Dollar, price%Dollar)
	fmt.Printf("%T\n", Dollar)
	d := 90 * time.Second
	fmt.Println(d, d.Minutes())
	timeout := 2*time.Hour + 30*time.Minute
	fmt.Println(timeout, int64(timeout))
	const f = 1.5
	var n int = f * 2
	fmt.Println(n)
	const big = 1 << 62
	fmt.Println(big/(1<<60), uint64(big)*2)
	var u8 uint8 = 1 << 7
	fmt.Println(u8)
}
