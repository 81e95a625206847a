// expected output derived from the spec (Go 1.19 oracle predates this feature)

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 2, 29, 13, 45, 30, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))
	u := t.Add(time.Hour)
	fmt.Println(t.Compare(u), u.Compare(t), t.Compare(t))
	p, err := time.Parse(time.DateOnly, "2023-12-25")
	fmt.Println(p.Weekday(), err)
}
