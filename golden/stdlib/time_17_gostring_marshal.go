package main

import (
	"fmt"
	"time"
)

type Rec struct {
	At time.Time
	D  time.Duration
}

func main() {
	ts := []time.Time{time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC), time.Date(2024, 2, 29, 1, 2, 3, 0, time.FixedZone("CET", 3600)), time.Unix(0, 0), {}}
	for _, t := range ts {
		fmt.Printf("%#v\n", t)
		fmt.Println(t.GoString(), t.IsDST())
		b, err := t.MarshalText()
		fmt.Println(string(b), err)
		b, err = t.MarshalJSON()
		fmt.Println(string(b), err)
		var u time.Time
		fmt.Println(u.UnmarshalText(b), u)
		fmt.Println(u.UnmarshalJSON(b), u, u.Equal(t))
	}
	fmt.Printf("%#v\n", Rec{ts[0], time.Second})
	fmt.Printf("%v\n", Rec{ts[0], time.Second})
	fmt.Printf("%#v %#v %#v\n", time.March, time.Monday, time.Second)
	_, err := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
}
