package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const N = 2000
	const workers = 4
	counts := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			c := 0
			for n := w; n < N; n += workers {
				if isPrime(n) {
					c++
				}
			}
			counts <- c
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-counts
	}
	fmt.Println("primes below", N, "=", total)
}
