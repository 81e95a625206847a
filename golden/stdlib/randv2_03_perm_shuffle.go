package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(7, 7))
	fmt.Println(r.Perm(10))
	deck := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(0), r.Perm(1))
	// dice rolls: 1..6
	counts := make([]int, 7)
	for i := 0; i < 600; i++ {
		counts[1+r.IntN(6)]++
	}
	fmt.Println(counts[1:])
}
