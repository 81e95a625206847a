package main

import (
	"fmt"
	"time"
)

func main() {
	laps := []time.Duration{
		62*time.Second + 345*time.Millisecond,
		59*time.Second + 999*time.Millisecond,
		61*time.Second + 1*time.Millisecond,
	}
	var total time.Duration
	best := laps[0]
	for i, l := range laps {
		total += l
		if l < best {
			best = l
		}
		fmt.Printf("lap %d: %v (%.3fs)\n", i+1, l, l.Seconds())
	}
	fmt.Println("total:", total, "avg:", total/time.Duration(len(laps)), "best:", best)
	fmt.Println(total.Round(time.Second), total.Truncate(10*time.Second), total.Round(0))
	fmt.Println(time.Duration(0).String(), time.Duration(-1).String(), (1500 * time.Nanosecond).String())
	fmt.Println(time.Duration(123456789).Round(time.Microsecond), time.Duration(123456789).Round(time.Millisecond))
	perItem := 250 * time.Microsecond
	fmt.Println(perItem*4000, int(time.Second/perItem))
	fmt.Printf("%v %d %s %.1f\n", time.Minute, time.Minute, 2*time.Hour, time.Hour.Minutes())
}
