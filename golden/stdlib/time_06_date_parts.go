package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 45, 30, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	y2, m2, d2 := t.Date()
	fmt.Println(y2, int(m2), d2)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano())
	u := time.Unix(0, 0).UTC()
	fmt.Println(u, u.Weekday())
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(time.UnixMilli(1234567890123).UTC())
	for _, m := range []time.Month{1, 6, 12} {
		fmt.Print(m, " ", m.String()[:3], "; ")
	}
	fmt.Println()
	fmt.Println(time.Saturday, int(time.Sunday))
}
