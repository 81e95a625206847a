package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	// PCG with the DXSM output function: the first values for seed (1, 2)
	p := rand.NewPCG(1, 2)
	for i := 0; i < 5; i++ {
		fmt.Printf("%#016x\n", p.Uint64())
	}
	// Seed resets the generator: the sequence starts again
	p.Seed(1, 2)
	first := p.Uint64()
	fmt.Printf("%#x\n", first)

	var zero rand.PCG
	z := rand.NewPCG(0, 0)
	fmt.Println(zero.Uint64() == z.Uint64())

	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64() == first)
}
