package main

import "fmt"

func main() {
	const u uint8 = 1
	const s int16 = 1
	fmt.Println(-u, s<<15)
}
