package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999 * time.Nanosecond,
		1500 * time.Microsecond,
		time.Second,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-3 * time.Millisecond,
		26 * time.Hour,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d/3, d%(time.Hour), d*2, -d)
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
	fmt.Printf("%d %v %s %T\n", time.Millisecond, time.Millisecond, 3*time.Microsecond, d)
}
