package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 6; i++ {
		fmt.Print(r.Intn(50), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Int31n(1000), r.Int63n(1e12))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	buf := make([]byte, 5)
	r.Read(buf)
	fmt.Println(buf)

	// the same seed gives the same sequence
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 100; i++ {
		if a.Intn(1000) != b.Intn(1000) {
			same = false
		}
	}
	fmt.Println(same)
	a.Seed(99)
	b = rand.New(rand.NewSource(99))
	fmt.Println(a.Int() == b.Int())
}
