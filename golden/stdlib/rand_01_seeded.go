package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Float64(), r.Float32(), r.Int63n(1000000007), r.Int31n(77), r.Int())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Println(r.NormFloat64(), r.ExpFloat64())
	for i := 0; i < 5; i++ {
		fmt.Printf("%.6f %.6f ", r.NormFloat64(), r.ExpFloat64())
	}
	fmt.Println()
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float64())
	r2 := rand.New(rand.NewSource(-5))
	fmt.Println(r2.Int(), rand.New(rand.NewSource(0)).Int())
	r.Seed(42)
	fmt.Println(r.Intn(100), r.Intn(100))
}
