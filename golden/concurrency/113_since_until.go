package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	deadline := start.Add(time.Second)
	time.Sleep(200 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("elapsed >= 200ms:", el >= 200*time.Millisecond)
	fmt.Println("elapsed < 900ms:", el < 900*time.Millisecond)
	left := time.Until(deadline)
	fmt.Println("time left in (0, 800ms]:", left > 0 && left <= 800*time.Millisecond)
	fmt.Println("deadline after now:", deadline.After(time.Now()), time.Now().Before(deadline))
	time.Sleep(time.Until(deadline) + 50*time.Millisecond)
	fmt.Println("deadline passed:", time.Until(deadline) < 0)
	fmt.Println("sub:", deadline.Sub(start))
}
