package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
	r3 := rand.New(rand.NewSource(7))
	fmt.Println(r3.Int63(), r3.Uint32(), r3.Int31n(10))
	fmt.Printf("%.6f\n", r3.Float64())
	fmt.Println(r3.Perm(6))
	xs := []string{"a", "b", "c", "d", "e"}
	r3.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
}
