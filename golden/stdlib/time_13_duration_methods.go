package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Millisecond + 500*time.Microsecond, time.Second, 90 * time.Minute,
		-3*time.Hour - 2*time.Minute - 1*time.Second - 5*time.Millisecond, 1<<63 - 1, -1 << 63, 100 * time.Hour, 1234567890123}
	ms := []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour, 7 * time.Millisecond, 3 * time.Hour}
	for _, d := range ds {
		fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		for _, m := range ms {
			fmt.Print(d.Round(m), " ", d.Truncate(m), "; ")
		}
		fmt.Println()
		fmt.Printf("%v %d %s %q %8v|%-8v|\n", d, d, d, d, d, d)
	}
	for _, s := range []string{"1h2m3s", "1.5h", "-2m", "+3s", "300ms", "2us", "2µs", "2μs", "1ns", ".5s", "1.s", "0", "", "1", "1x", "9999999999h", "1h1h", "3.0000000001s", "-0", "2562047h47m16.854775807s", "2562047h47m16.854775808s"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Println(time.Since(time.Now()) < time.Second, time.Until(time.Now().Add(time.Hour)) > 59*time.Minute)
}
