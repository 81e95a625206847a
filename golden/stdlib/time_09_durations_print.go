package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second,
		90 * time.Second, 25*time.Hour + 3*time.Millisecond, -2 * time.Minute,
		time.Duration(1<<63 - 1),
	}
	for _, d := range ds {
		fmt.Printf("%v | %d | %.3f s | %.2f min\n", d, int64(d), d.Seconds(), d.Minutes())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Minute), d.Round(time.Hour), d.Milliseconds())
	fmt.Println(d.Abs(), (-d).Abs())
	for _, s := range []string{"1h30m", "2.5s", "-1m", "300ms", "1us", "1µs", "4x"} {
		p, err := time.ParseDuration(s)
		fmt.Println(p, err)
	}
}
