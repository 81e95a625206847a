package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
	Dur  time.Duration
	Mon  time.Month
	Day  time.Weekday
}

func main() {
	var zero time.Time
	fmt.Println(zero == time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), zero.Equal(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))
	u := time.Unix(1700000000, 0)
	fmt.Println(u.Location(), u.UTC().Location(), time.Local, time.UTC, u)
	fmt.Println(time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local), time.Date(2020, 1, 1, 0, 0, 0, 0, time.Local).Location())
	fmt.Println(u.In(time.UTC) == u.UTC(), u.Local() == u, u.UTC() == time.Unix(1700000000, 0).UTC())
	for _, n := range []string{"", "UTC", "Local"} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err)
	}
	z := time.FixedZone("IST", 19800)
	fmt.Println(z, z.String())
	e := Event{"launch", time.Date(2024, 6, 1, 9, 30, 0, 0, z), 90 * time.Minute, time.June, time.Saturday}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println([]time.Duration{time.Second, 2 * time.Millisecond}, map[time.Month]int{time.March: 3, time.January: 1})
	fmt.Printf("%d %v %s\n", e.Mon, e.Day, e.Dur)
	fmt.Println(e.At.Zone())
	fmt.Println(e.At.Date())
	fmt.Println(e.At.Clock())
	fmt.Println(e.At.Year(), e.At.Month(), e.At.Day(), e.At.Hour(), e.At.Minute(), e.At.Second(), e.At.Nanosecond())
	p, err := time.Parse("2006-01-02 15:04:05 -0700", "2024-06-01 09:30:00 +0530")
	fmt.Println(p, err, p.Equal(e.At), p == e.At, p.Location())
	p2, _ := time.Parse(time.RFC3339, "2024-06-01T04:00:00+00:00")
	fmt.Println(p2, p2.Location())
	p3, _ := time.Parse(time.RFC1123, "Sat, 01 Jun 2024 04:00:00 UTC")
	fmt.Println(p3, p3.Location())
	fmt.Println(e.At.Format(time.Kitchen), e.At.UTC().Format(time.RFC822))
	fmt.Println(e.At.AppendFormat([]byte("at: "), "15:04"))
	fmt.Println(string(e.At.AppendFormat(nil, "2006-01-02 15:04:05")))
}
