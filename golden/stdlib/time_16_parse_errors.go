// Values whose error text Go 1.20 changed (a consumed element quoted) are left out.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.RFC3339, time.RFC3339Nano, "2006-01-02", "Jan _2 15:04:05.000", time.Kitchen, "02/01/2006 15:04", "2006-01-02 15:04:05.999999999 -0700 MST", "Monday, January 2", time.RFC1123Z, "15:04:05,000"}
	values := []string{"2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2024-02-29T24:00:00Z", "2024-02-29T12:60:00Z", "2024-02-29T12:00:60Z",
		"2024-02-29T12:00:00.5Z", "2024-02-29T12:00:00+05:60", "2024-02-29", "2024-2-29", "2024-02-29 ", " 2024-02-29",
		"Feb 29 12:00:00.123", "Feb 29 12:00:00", "Feb 29 12:00:00.1234", "12:00PM", "13:00PM", "0:00AM", "31/12/2023 23:59", "32/12/2023 23:59", "31/13/2023 23:59",
		"2009-11-10 23:00:00 +0000 UTC", "2009-11-10 23:00:00.123456789 -0800 PST", "Tuesday, November 10", "Tuesday, November 11", "Tue, 10 Nov 2009 23:00:00 +0100",
		"23:00:00,5", "23:00:00.123", "", "garbage"}
	for _, l := range layouts {
		for _, v := range values {
			if l[:4] == "2006" && (len(v) < 5 || v[4] != '-') {
				continue // Go 1.20 changed what these errors quote
			}
			t, err := time.Parse(l, v)
			if err != nil {
				fmt.Println(err)
				if pe, ok := err.(*time.ParseError); ok {
					fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
				}
			} else {
				fmt.Println("ok", t)
			}
		}
	}
}
