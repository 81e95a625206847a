package main

import (
	"fmt"
	"time"
)

func main() {
	d := func(y int, m time.Month, day int) string {
		return time.Date(y, m, day, 0, 0, 0, 0, time.UTC).Format("2006-01-02 Mon")
	}
	fmt.Println(d(2023, 13, 1))
	fmt.Println(d(2023, 3, 0))
	fmt.Println(d(2024, 2, 30))
	fmt.Println(d(2023, 0, 15))
	fmt.Println(d(2000, 1, 366))
	fmt.Println(time.Date(2023, 1, 1, 25, 61, 61, 0, time.UTC).Format("2006-01-02 15:04:05"))
	start := time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= 3; i++ {
		fmt.Println(start.AddDate(0, i, 0).Format("Jan 2"))
	}
	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b).Hours()/24, b.Sub(a))
	y, w := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println(y, w)
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Print(wd.String()[:3], " ")
	}
	fmt.Println()
}
