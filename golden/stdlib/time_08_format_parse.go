package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 7000000, time.UTC)
	layouts := []string{
		time.RFC3339, time.RFC3339Nano, time.RFC1123, time.RFC822, time.Kitchen,
		time.ANSIC, time.UnixDate, time.Stamp, time.StampMilli,
		"2006-01-02", "02/01/06 15:04", "Mon Jan _2 3:04PM", "January 2, 2006",
		"15:04:05.000", "15:04:05.999", ".00 .99 .9", "Z07:00 MST", "2006 002",
	}
	for _, l := range layouts {
		fmt.Printf("%-36q %s\n", l, t.Format(l))
	}
	for _, s := range []string{"2021-03-04", "2021-02-30", "bad"} {
		p, err := time.Parse("2006-01-02", s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p, p.Weekday())
	}
	p, err := time.Parse(time.RFC3339, "2022-07-01T12:30:00+02:00")
	fmt.Println(p.UTC(), err)
	k, _ := time.Parse(time.Kitchen, "7:15PM")
	fmt.Println(k.Hour(), k.Minute(), k.Year())
}
