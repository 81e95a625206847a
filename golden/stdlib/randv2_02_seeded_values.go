package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int64N(1_000_000_000_000), r.Uint32N(1000), r.Int32N(7), r.UintN(16))
	fmt.Println(r.Float64(), r.Float64())
	fmt.Println(r.Int64(), r.Uint32(), r.Int32())
}
