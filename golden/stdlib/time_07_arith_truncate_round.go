package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, 12, 31, 22, 47, 38, 600000000, time.UTC)
	fmt.Println(t.Add(90 * time.Minute))
	fmt.Println(t.AddDate(0, 2, 1))
	fmt.Println(t.AddDate(1, -12, 0).Equal(t))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	u := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	d := u.Sub(t)
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour))
	fmt.Println(t.Truncate(15*time.Minute), t.Round(time.Second))
	fmt.Println(t.Before(u), t.After(u), t.Equal(t.Add(0)))
}
