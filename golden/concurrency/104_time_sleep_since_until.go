package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(120 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 120ms:", el >= 120*time.Millisecond)
	fmt.Println("rounded to 100ms:", el.Truncate(100*time.Millisecond))
	deadline := time.Now().Add(time.Hour)
	left := time.Until(deadline)
	fmt.Println("until positive and at most 1h:", left > 0 && left <= time.Hour)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero and negative sleeps return")
	later := start.Add(time.Minute)
	fmt.Println(later.Sub(start), start.Before(later), later.After(start))
}
