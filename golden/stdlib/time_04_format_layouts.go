package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 678912345, time.UTC)
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RFC822, time.RFC850, time.RFC1123Z, time.RFC3339Nano,
		time.Kitchen, time.Stamp, time.StampMilli,
		"2006-01-02", "02/01/06", "Jan _2 15:04", "Monday, January 2", "3:04:05 PM", "15h04m",
		".000 .999 ,000", "2006-002", "Z07:00 MST",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	loc := time.FixedZone("XYZ", -5*3600-30*60)
	fmt.Println(t.In(loc).Format(time.RFC3339), t.In(loc).Format("MST -0700"))
	p, err := time.Parse(time.RFC3339, "2020-02-29T12:00:00+02:00")
	fmt.Println(p.UTC(), err)
	_, err = time.Parse(time.RFC3339, "not a date")
	fmt.Println(err)
}
