package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d+30*time.Second, d-2*time.Hour)
	fmt.Println(1500*time.Millisecond, 2500*time.Microsecond, 42*time.Nanosecond)
	fmt.Println(time.Duration(0), time.Duration(1), -3*time.Second)
	fmt.Println(d/4, d%time.Hour, int64(d/time.Second))
	x := 1234567891 * time.Nanosecond
	fmt.Println(x, x.Round(time.Millisecond), x.Truncate(time.Second), x.Round(time.Hour))
	fmt.Println(x.Milliseconds(), x.Microseconds(), x.Nanoseconds())
	fmt.Printf("%v %d %s %.1f\n", 2*time.Second, 2*time.Second, time.Minute, time.Minute.Seconds())
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Abs())
	_, err = time.ParseDuration("10 parsecs")
	fmt.Println(err)
	fmt.Println((-90 * time.Second).Abs(), time.Duration(1<<63-1))
}
