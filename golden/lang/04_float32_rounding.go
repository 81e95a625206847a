package main

import "fmt"

func main() {
	var f float32 = 0.1
	var d float64 = 0.1
	fmt.Println(f, d)
	fmt.Println(float64(f))
	fmt.Println(float32(d) == f)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	x := float32(1) / 3
	fmt.Println(x, x*3)
	fmt.Printf("%.10f\n", x)
	var g float32 = 1e38
	fmt.Println(g * 10)
}
