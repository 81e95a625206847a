package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 8; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Printf("%.6f ", r.Float64())
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1e12), r.Int31n(7), r.Float32() < 1)
	fmt.Println(r.Int())
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
	r2.Seed(7)
	a := r2.Intn(1000)
	r2.Seed(7)
	fmt.Println(a == r2.Intn(1000), a)
}
