package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{-10000, -1, 0, 1, 99, 999, 1000, 9999, 10000, 1000000000, -2000000000, 292277026} {
		t := time.Date(y, 6, 15, 12, 30, 45, 123456789, time.UTC)
		fmt.Println(t, "|", t.Format("2006 06 Jan 2 .000 Z07:00"), "|", t.Format(time.RFC3339Nano), t.YearDay(), t.Weekday())
		fmt.Println(t.Unix(), t.IsZero(), t.AddDate(1, 0, 0).Year())
		b, err := t.MarshalText()
		fmt.Println(string(b), err)
	}
	fmt.Println(time.Unix(1<<62, 0).UTC().Year())
	fmt.Println(time.Unix(-1<<40, 0).UTC())
	var z time.Time
	fmt.Println(z.Format(time.RFC1123), z.Format(time.Kitchen), z.Unix(), z.UnixNano())
	fmt.Println(time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0))
	fmt.Println(time.Date(2023, 12, 31, 23, 59, 59, 999999999, time.UTC).Add(1))
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Truncate(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", 0)))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 59)).Format(time.RFC3339+" Z07 -07 -070000"))
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("X", -3601)).Format("Z07:00:00 -07:00:00 Z0700 MST"))
}
