package main

import (
	"fmt"
	"time"
)

func main() {
	for y := 2000; y <= 2030; y += 3 {
		for _, md := range [][2]int{{1, 1}, {1, 3}, {12, 28}, {12, 29}, {12, 31}, {2, 29}, {3, 1}} {
			t := time.Date(y, time.Month(md[0]), md[1], 12, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Println(t.Format("2006-01-02 Mon"), iy, iw, t.YearDay(), t.Weekday(), t.Month(), int(t.Weekday()))
		}
	}
	fmt.Println(time.Month(13), time.Month(0), time.Weekday(7), time.Weekday(-1))
	fmt.Printf("%v %d %s %q\n", time.March, time.March, time.Saturday, time.Sunday)
	neg := time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(neg, neg.YearDay(), neg.Weekday())
	y, w := neg.ISOWeek()
	fmt.Println(y, w)
	t0 := time.Time{}
	fmt.Println(t0, t0.Weekday(), t0.YearDay(), t0.IsZero())
	y, w = t0.ISOWeek()
	fmt.Println(y, w)
}
