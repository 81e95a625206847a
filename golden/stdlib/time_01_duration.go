package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-5 * time.Second, 100 * time.Hour, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Println(d / time.Minute, d % time.Minute, d * 2, -d)
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Println((-d).Abs())
}
