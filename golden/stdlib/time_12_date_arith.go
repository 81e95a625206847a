package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 3, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2024, 2, 30, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, -14, -40, -3, -70, -5, -1, time.UTC))
	t := time.Date(2024, 1, 31, 10, 0, 0, 0, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 1, 1), t.AddDate(0, -2, 0), t.AddDate(-1, 0, -365))
	u := t.Add(36*time.Hour + 15*time.Minute + 3*time.Nanosecond)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(t))
	fmt.Println(t.Add(-1500 * time.Millisecond))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(0, -1).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(1700000000123456).UTC())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	est := time.FixedZone("EST", -5*3600)
	e := time.Date(2024, 1, 1, 0, 30, 0, 0, est)
	fmt.Println(e, e.UTC(), e.Equal(e.UTC()), e == e.UTC(), e.Location(), e.UTC().Location())
	name, off := e.Zone()
	fmt.Println(name, off)
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b))
	fmt.Println(b.Sub(a).Hours())
	var zero time.Time
	fmt.Println(zero.Unix(), zero.Sub(a), zero.Add(time.Hour))
	for _, d := range []time.Duration{time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 90 * time.Minute, 17 * time.Second, 333 * time.Millisecond, 0, -time.Hour} {
		x := time.Date(2024, 5, 17, 13, 47, 31, 987654321, time.UTC)
		fmt.Println(d, x.Truncate(d), x.Round(d))
		y := x.In(est)
		fmt.Println(y.Truncate(d), y.Round(d))
	}
	old := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(old.Truncate(7*24*time.Hour), time.Date(1, 1, 5, 0, 0, 0, 0, time.UTC).Round(7*24*time.Hour))
}
