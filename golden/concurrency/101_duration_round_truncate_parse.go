package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, time.Minute, time.Hour, 0} {
		fmt.Printf("%-6v round %v truncate %v\n", m, d.Round(m), d.Truncate(m))
	}
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1us", "1µs", "10", "", "3x", ".5s"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
	fmt.Println((-5 * time.Second).Abs())
}
