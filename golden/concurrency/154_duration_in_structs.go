package main

import (
	"fmt"
	"time"
)

type Policy struct {
	Name    string
	Timeout time.Duration
	Retries int
}

func backoff(base time.Duration, attempt int) time.Duration {
	d := base << uint(attempt)
	if max := 2 * time.Second; d > max {
		return max
	}
	return d
}

func main() {
	p := Policy{"fast", 250 * time.Millisecond, 3}
	fmt.Printf("%v\n%+v\n", p, p)
	for i := 0; i < 7; i++ {
		fmt.Print(backoff(100*time.Millisecond, i), " ")
	}
	fmt.Println()
	total := time.Duration(0)
	for i := 0; i < p.Retries; i++ {
		total += p.Timeout
	}
	fmt.Println("total", total, total > time.Second/2, total.Milliseconds())
	ms := 1500
	fmt.Println(time.Duration(ms)*time.Millisecond, time.Duration(ms)*time.Microsecond)
	fmt.Println([]time.Duration{time.Minute, 90 * time.Minute, 36 * time.Hour})
	fmt.Printf("%6.2f minutes\n", (90 * time.Second).Minutes())
}
