package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	cases := [][2]string{
		{"2006-01-02 15:04:05", "2024-03-10 02:30:00"},
		{time.RFC3339, "2024-03-10T02:30:00Z"},
		{time.RFC3339, "2024-03-10T02:30:00+05:30"},
		{time.RFC3339, "2024-03-10T02:30:00-05:00"},
		{time.RFC3339Nano, "2024-03-10T02:30:00.123456789+01:00"},
		{time.RFC1123, "Sun, 10 Mar 2024 02:30:00 EST"},
		{time.RFC1123, "Sun, 10 Mar 2024 02:30:00 PST"},
		{time.RFC1123Z, "Sun, 10 Mar 2024 02:30:00 -0800"},
		{time.Kitchen, "3:04PM"},
		{"Jan _2 2006", "Feb  3 2013"},
		{"2006-01-02", "2024-02-30"},
		{"2006-01-02", "2024-13-01"},
		{"15:04:05", "25:00:00"},
		{"2006-01-02 15:04:05.000", "2024-01-01 10:00:00.12"},
		{"2006-01-02 15:04:05", "2024-01-01 10:00:00.123456"},
		{"2006-01-02T15:04:05Z07:00", "2024-01-01T10:00:00"},
		{"Monday 2006", "Funday 2006"},
		{"2006-002", "2024-060"},
		{"02/01/2006 3:04 pm", "25/12/2023 11:59 pm"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.UnixDate, "Mon Jan  2 15:04:05 MST 2006"},
		{time.RFC822, "02 Jan 06 15:04 UTC"},
		{"2006-01-02", "2024-01-01 extra"},
		{"2006-01-02 MST", "2024-01-01 GMT+3"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t, err)
		t, err = time.ParseInLocation(c[0], c[1], est)
		fmt.Println(t, err)
		t, err = time.ParseInLocation(c[0], c[1], time.UTC)
		fmt.Println(t, err)
		if err == nil {
			fmt.Println(t.Unix(), t.Location(), t.Format(time.RFC3339Nano))
		}
	}
}
