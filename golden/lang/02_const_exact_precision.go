package main

import "fmt"

const Huge = 1e300 * 1e300 / 1e300
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

func main() {
	fmt.Println(Huge)
	fmt.Println(Pi)
	fmt.Println(float32(Pi))
	const x = 0.1 + 0.2
	fmt.Println(x == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	fmt.Println(a + b)
	const m = 1<<63 - 1
	fmt.Println(m)
	var u uint64 = 1<<64 - 1
	fmt.Println(u)
}
