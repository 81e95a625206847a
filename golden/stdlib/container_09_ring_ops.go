package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()

	s := ring.New(2)
	s.Value = "a"
	s.Next().Value = "b"
	r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len())

	// rolling window average of the last 3 values
	w := ring.New(3)
	for _, x := range []int{3, 6, 9, 12, 15} {
		w.Value = x
		w = w.Next()
		sum, n := 0, 0
		w.Do(func(v any) {
			if v != nil {
				sum += v.(int)
				n++
			}
		})
		fmt.Printf("%d/%d ", sum, n)
	}
	fmt.Println()
	var empty *ring.Ring
	fmt.Println(empty.Len())
}
