package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("X", -(3*3600 + 25*60 + 7)), time.FixedZone("CET", 3600)}
	times := []time.Time{
		time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2023, 1, 2, 3, 4, 5, 0, time.UTC),
		time.Date(2021, 7, 9, 12, 30, 0, 100000000, time.UTC),
		time.Date(999, 12, 31, 0, 0, 0, 5000, time.UTC),
		time.Date(12345, 2, 3, 13, 0, 9, 120000000, time.UTC),
		time.Date(-44, 3, 15, 9, 0, 0, 0, time.UTC),
	}
	layouts := []string{
		"2006 06 01 1 Jan January 02 2 _2 __2 002 Mon Monday",
		"15 3 03 4 04 5 05 PM pm",
		".0 .00 .000 .000000 .000000000 .9 .99 .999 .999999 .999999999",
		",000 ,999 05.000 05,999",
		"MST Z0700 Z07:00 Z07 Z070000 Z07:00:00 -0700 -07:00 -07 -070000 -07:00:00",
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.Layout,
		"Jan2006 January2 Mon2 Monday_2 2006-1-2 15h04m",
		"literal text 2006x Janu MondayX",
		"", "2", "_", "0", "-", "Z",
	}
	for _, tt := range times {
		for _, z := range zones {
			t := tt.In(z)
			for _, l := range layouts {
				fmt.Printf("%q\n", t.Format(l))
			}
			fmt.Println(t)
			fmt.Println(t.String())
		}
	}
}
