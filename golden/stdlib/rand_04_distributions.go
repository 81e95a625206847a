package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(99))
	for i := 0; i < 5; i++ {
		fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	}
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += r.Float64()
	}
	fmt.Printf("mean %.4f\n", sum/1000)
	b := make([]byte, 8)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	src := rand.NewSource(1)
	fmt.Println(src.Int63())
	var s64 rand.Source64 = rand.NewSource(1).(rand.Source64)
	fmt.Println(s64.Uint64())
}
