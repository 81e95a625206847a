package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"
)

func main() {
	// the top-level functions are randomly seeded: print only properties
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.IntN(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if d := rand.N(5 * time.Second); d < 0 || d >= 5*time.Second {
			ok = false
		}
		if b := rand.N[uint8](200); b >= 200 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	p := rand.Perm(20)
	slices.Sort(p)
	fmt.Println("perm is a permutation:", slices.Equal(p, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}))
	seen := map[int]bool{}
	for i := 0; i < 500; i++ {
		seen[rand.IntN(4)] = true
	}
	fmt.Println("all of 0..3 seen:", len(seen) == 4)
	fmt.Println(rand.Int64() >= 0, rand.Int32() >= 0, rand.Int() >= 0)

	for _, f := range []func(){
		func() { rand.IntN(0) },
		func() { rand.N(-1) },
		func() { rand.New(rand.NewPCG(1, 1)).Uint64N(0) },
		func() { rand.Shuffle(-1, func(i, j int) {}) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
