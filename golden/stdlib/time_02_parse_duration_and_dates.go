package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "2.5s", "300ms", "-1m", "1us", "1µs", "3x", "", "1h1h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, d, err)
	}
	t := time.Date(2023, time.March, 15, 14, 30, 45, 123000000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour(), t.Nanosecond())
	fmt.Println(t.Format(time.RFC3339), t.Format("2006-01-02 15:04:05.000"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.RFC1123), u.Sub(t), u.After(t), t.Before(u), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("2006-01-02"), t.AddDate(0, 0, -15).Format("Mon Jan 2"))
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p, err, p.Weekday())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	fmt.Println(t.Truncate(time.Hour).Format(time.Kitchen), t.Unix(), time.Unix(0, 0).UTC())
	fmt.Println(time.February, time.Saturday, time.Month(13))
}
